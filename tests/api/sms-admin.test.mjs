// "Mensajes SMS" (issue 10): the templates admins edit (GET /sms-templates, PUT
// /sms-templates/{kind}) with the cost of each preview, and the delivery figures
// (GET /sms/summary) admins read for every clinic and secretaries for theirs. The outbox
// rows the summary counts are written here with SQL, as the sender would write them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  api, adminToken, demoToken, newUser, assertProblem, assertInvalid, assertSchema, assertNoServerErrors,
} from './helpers.mjs';

const DATABASE_URL = process.env.HEALTHPULSE_DATABASE_URL || '';
const sql = (statement) =>
  execFileSync('psql', [DATABASE_URL, '-X', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8', timeout: 30000 }).trim();

let admin;
let secretary; // demo secretaria, of the first clinic
let doctor;
let patient;
let clinicId; // the demo secretary's clinic
let otherClinic; // a clinic the demo secretary does not work at
let original; // follow_up's text before these tests

const put = (kind, body, token = admin) => api('PUT', `/api/v1/sms-templates/${kind}`, { token, body });
const followUp = async () => (await api('GET', '/api/v1/sms-templates', { token: admin })).json.items.find((t) => t.kind === 'follow_up');

before(async () => {
  assert.ok(DATABASE_URL, 'HEALTHPULSE_DATABASE_URL names the server\'s database (scripts/test.sh exports it)');
  admin = await adminToken();
  secretary = await demoToken('secretaria');
  doctor = await demoToken('medico');
  patient = await demoToken('paciente');
  const me = await api('GET', '/api/v1/auth/me', { token: secretary });
  clinicId = me.json.clinic_ids[0];
  const clinics = await api('GET', '/api/v1/clinics?limit=200', { token: admin });
  otherClinic = clinics.json.items.find((c) => !me.json.clinic_ids.includes(c.id)).id;
  original = (await followUp()).body;
});

after(async (t) => {
  await put('follow_up', { body: original });
  await assertNoServerErrors(t);
});

describe('GET /api/v1/sms-templates', () => {
  test('admins get the eight Spanish templates, each with its preview and what it costs', async () => {
    const res = await api('GET', '/api/v1/sms-templates', { token: admin });
    assert.equal(res.status, 200, res.text);
    assertSchema(res.json, 'SmsTemplateList');
    assert.deepEqual(res.json.items.map((t) => t.kind).sort(), [
      'appointment_reminder', 'follow_up', 'reply_cancelled', 'reply_confirmed', 'reply_help', 'reply_no_appointment',
      'reply_opted_in', 'reply_opted_out',
    ]);
    assert.deepEqual(res.json.placeholders.map((p) => p.name), ['nombre', 'clinica', 'telefono_clinica', 'fecha', 'hora', 'medico']);
    const reminder = res.json.items.find((t) => t.kind === 'appointment_reminder');
    const sample = Object.fromEntries(res.json.placeholders.map((p) => [p.name, p.sample]));
    assert.ok(reminder.preview.includes(sample.nombre) && !reminder.preview.includes('{'), reminder.preview);
    // The defaults avoid accents: GSM-7, one segment.
    for (const t of res.json.items) {
      assert.equal(t.encoding, 'GSM-7', `${t.kind}: ${t.preview}`);
      assert.equal(t.segments, 1, t.kind);
      assert.equal(t.characters, t.preview.length, t.kind);
    }
  });

  test('secretaries, doctors and patients get 403', async () => {
    for (const token of [secretary, doctor, patient]) assertProblem(await api('GET', '/api/v1/sms-templates', { token }), 403);
  });
});

describe('PUT /api/v1/sms-templates/{kind}', () => {
  test('an admin changes a template: the new text, its preview cost, who changed it, and an audit row without the text', async () => {
    const body = 'Hola {nombre}: le toca su control en {clinica}. Llame al {telefono_clinica}.';
    const res = await put('follow_up', { body });
    assert.equal(res.status, 200, res.text);
    assertSchema(res.json, 'SmsTemplate');
    assert.equal(res.json.body, body);
    assert.equal(res.json.encoding, 'GSM-7');
    assert.equal(res.json.segments, 1);
    const me = await api('GET', '/api/v1/auth/me', { token: admin });
    assert.equal(res.json.updated_by, me.json.id);
    assert.equal((await followUp()).body, body);
    const audit = await api('GET', `/api/v1/audit-events?action=sms_template.updated&user_id=${me.json.id}&limit=5`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    const event = audit.json.items.find((e) => e.details?.kind === 'follow_up');
    assert.ok(event, JSON.stringify(audit.json.items));
    assert.ok(!JSON.stringify(event).includes('le toca su control'), 'the audit row holds no template text');
  });

  test('an accent makes the preview UCS-2, where 71 units are two segments', async () => {
    const res = await put('follow_up', { body: `Atención {nombre}: ${'x'.repeat(50)}` });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.encoding, 'UCS-2');
    // "Atención Laura: " is 16 UTF-16 units, + 50 = 66: one segment of 70; 76 is two.
    assert.equal(res.json.preview, `Atención Laura: ${'x'.repeat(50)}`);
    assert.deepEqual([res.json.characters, res.json.segments], [66, 1]);
    const longer = await put('follow_up', { body: `Atención {nombre}: ${'x'.repeat(60)}` });
    assert.deepEqual([longer.json.characters, longer.json.segments], [76, 2]);
    // Without the accent the same 76 characters are one GSM-7 segment.
    const plain = await put('follow_up', { body: `Atencion {nombre}: ${'x'.repeat(60)}` });
    assert.deepEqual([plain.json.encoding, plain.json.characters, plain.json.segments], ['GSM-7', 76, 1]);
  });

  test('a bad body is 422 naming body and changes nothing', async () => {
    const before = (await followUp()).body;
    const bad = [
      {},
      { body: '' },
      { body: '   ' },
      { body: 'a'.repeat(641) },
      { body: 'Su {diagnostico} esta listo' },
      { body: 'Hola {nombre' },
      { body: 'Hola\u0001' },
      { body: 42 },
    ];
    for (const body of bad) {
      const res = await put('follow_up', body);
      assertInvalid(res, 'body');
    }
    const unknown = await put('follow_up', { body: 'Su {diagnostico}' });
    assert.match(unknown.json.errors[0].message, /\{diagnostico\}/);
    assert.equal((await followUp()).body, before);
  });

  test('640 characters are accepted; an unknown kind is 404', async () => {
    const res = await put('follow_up', { body: 'a'.repeat(640) });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.segments, 5); // 640 GSM-7 septets: ceil(640 / 153)
    assertProblem(await put('diagnosis', { body: 'Hola' }), 404);
  });

  test('secretaries, doctors and patients get 403 and change nothing', async () => {
    const before = (await followUp()).body;
    for (const token of [secretary, doctor, patient]) assertProblem(await put('follow_up', { body: 'Hola' }, token), 403);
    assert.equal((await followUp()).body, before);
  });
});

describe('GET /api/v1/sms/summary', () => {
  const day = '2031-03-10'; // a period of its own, so other tests' messages do not count
  before(() => {
    // Messages due on `day` at noon UTC (the same local day in every Argentine zone).
    const rows = [
      [clinicId, 'appointment_reminder', 'delivered'], [clinicId, 'appointment_reminder', 'delivered'],
      [clinicId, 'appointment_reminder', 'failed'], [clinicId, 'reply', 'sent'],
      [otherClinic, 'appointment_reminder', 'delivered'], [otherClinic, 'reply', 'simulated'],
    ];
    const values = rows.map(([clinic, kind, status], i) =>
      `(${clinic}, '${kind}', ${kind === 'appointment_reminder' ? `(SELECT id FROM appointments ORDER BY id OFFSET ${i} LIMIT 1)` : 'NULL'}, ` +
      `'+5491100000000', 'Prueba', '${status}', '${day} 12:00:00+00', '${day} 12:00:00+00')`);
    sql(`DELETE FROM sms_messages WHERE due_at::date = '${day}';
         INSERT INTO sms_messages (clinic_id, kind, appointment_id, "to", body, status, due_at, next_attempt_at) VALUES ${values.join(', ')}`);
  });

  const summary = (query, token = admin) => api('GET', `/api/v1/sms/summary?${new URLSearchParams(query)}`, { token });

  test('admins count every clinic by status and kind, or one clinic', async () => {
    const all = await summary({ from: day, to: day });
    assert.equal(all.status, 200, all.text);
    assertSchema(all.json, 'SmsSummary');
    assert.equal(all.json.total, 6);
    assert.equal(all.json.by_status.delivered, 3);
    assert.equal(all.json.by_status.failed, 1);
    assert.equal(all.json.by_status.pending, 0);
    const reminders = all.json.by_kind.find((k) => k.kind === 'appointment_reminder');
    assert.equal(reminders.total, 4);
    assert.deepEqual([reminders.by_status.delivered, reminders.by_status.failed], [3, 1]);
    assert.deepEqual(all.json.by_kind.map((k) => k.kind), ['follow_up', 'appointment_reminder', 'reply']);
    const one = await summary({ clinic_id: clinicId, from: day, to: day });
    assert.equal(one.json.total, 4);
    assert.equal(one.json.clinic_id, clinicId);
    const before = await summary({ from: '2031-03-01', to: '2031-03-09' });
    assert.equal(before.json.total, 0);
  });

  test('a secretary counts her clinics only; another clinic or none that exists is 404 naming clinic_id', async () => {
    const mine = await summary({ from: day, to: day }, secretary);
    assert.equal(mine.status, 200, mine.text);
    assert.equal(mine.json.total, 4);
    assert.equal(mine.json.by_kind.find((k) => k.kind === 'reply').by_status.simulated, 0);
    for (const clinic of [otherClinic, 999999]) {
      const res = await summary({ clinic_id: clinic, from: day, to: day }, secretary);
      assertProblem(res, 404);
      assert.equal(res.json.errors?.[0]?.field, 'clinic_id', res.text);
    }
    assertProblem(await summary({ clinic_id: 999999, from: day, to: day }), 404);
  });

  test('doctors and patients get 403', async () => {
    for (const token of [doctor, patient]) assertProblem(await summary({ from: day, to: day }, token), 403);
  });

  test('the no-shows of turnos with a delivered reminder beside the others (started, not cancelled)', async () => {
    const past = '2001-05-10'; // no other turno is that old
    const ids = sql(`SELECT (SELECT d.id FROM doctors d JOIN users u ON u.id = d.user_id WHERE u.username = 'medico'),
                            (SELECT id FROM rooms WHERE clinic_id = ${clinicId} ORDER BY id LIMIT 1),
                            (SELECT id FROM practices ORDER BY id LIMIT 1),
                            (SELECT p.id FROM patients p JOIN users u ON u.id = p.user_id WHERE u.username = 'paciente')`).split('|');
    const [doctorId, roomId, practiceId, patientId] = ids;
    // [status, reminder delivered]: with a reminder 1 of 2 no-shows, without 1 of 3; the cancelled one is left out.
    const turnos = [['no_show', true], ['finished', true], ['no_show', false], ['finished', false], ['finished', false], ['cancelled', true]];
    sql(`DELETE FROM sms_messages WHERE appointment_id IN (SELECT id FROM appointments WHERE starts_at::date = '${past}');
         DELETE FROM appointments WHERE starts_at::date = '${past}'`);
    turnos.forEach(([status, reminded], i) => {
      const id = sql(`INSERT INTO appointments (patient_id, doctor_id, room_id, practice_id, clinic_id, starts_at, ends_at, status)
        VALUES (${patientId}, ${doctorId}, ${roomId}, ${practiceId}, ${clinicId}, '${past} ${12 + i}:00+00', '${past} ${12 + i}:30+00', '${status}')
        RETURNING id`);
      if (reminded) {
        sql(`INSERT INTO sms_messages (clinic_id, kind, appointment_id, "to", body, status, due_at, next_attempt_at)
             VALUES (${clinicId}, 'appointment_reminder', ${id}, '+5491100000000', 'Recordatorio', 'delivered', '${past} 00:00+00', '${past} 00:00+00')`);
      }
    });
    for (const token of [admin, secretary]) {
      const res = await summary({ clinic_id: clinicId, from: past, to: past }, token);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json.reminders, {
        with_delivered_reminder: { appointments: 2, no_shows: 1, no_show_rate: 0.5 },
        without_delivered_reminder: { appointments: 3, no_shows: 1, no_show_rate: 0.3333 },
      });
    }
    const other = await summary({ clinic_id: otherClinic, from: past, to: past });
    assert.deepEqual(other.json.reminders.with_delivered_reminder, { appointments: 0, no_shows: 0, no_show_rate: null });
  });

  test('a bad period or clinic is 422 naming it', async () => {
    assertInvalid(await summary({ to: day }), 'from');
    assertInvalid(await summary({ from: day }), 'to');
    assertInvalid(await summary({ from: '2031-02-30', to: day }), 'from');
    assertInvalid(await summary({ from: day, to: '2031-03-01' }), 'to');
    assertInvalid(await summary({ from: day, to: day, clinic_id: 'x' }), 'clinic_id');
    assertInvalid(await summary({ from: day, to: day, clinic_id: '0' }), 'clinic_id');
  });
});
