// Twilio's webhooks (DESIGN.md §7): only a valid X-Twilio-Signature is heard (403 and
// nothing changes otherwise); replies opt out and in, confirm and cancel the turno of the
// last reminder, or land in the clinic's inbox; status callbacks only move forward; a
// retried MessageSid is acted on once. Outbox rows the worker would have written are
// made with SQL (tests/api/database.mjs).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni,
} from './helpers.mjs';
import { sql, literal } from './database.mjs';
import { twilioSignature, formBody, TWILIO_AUTH_TOKEN, PUBLIC_URL } from './twilio-signature.mjs';

const INBOUND = '/api/v1/webhooks/twilio/inbound';
const STATUS = '/api/v1/webhooks/twilio/status';
const HOUR = 3600 * 1000;
const DAY0 = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 40 * 24 * HOUR;
let hour = 0;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const freshStart = () => iso(DAY0 + (hour++) * HOUR);
let sidCounter = 0;
const newSid = (prefix = 'SM') => `${prefix}${uniqueName('x')}${(sidCounter += 1)}`.slice(0, 34);

let admin;
let practice;
const side = { A: {}, B: {} };

async function post(urlPath, body, token = admin, status = 201) {
  const res = await api('POST', urlPath, { token, body });
  assert.equal(res.status, status, `POST ${urlPath}: ${res.status} ${res.text}`);
  return res.json;
}

/** A form post to a webhook, signed unless `signature` says otherwise. */
async function webhook(target, params, { signature } = {}) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' };
  const sig = signature === undefined ? twilioSignature(target, params) : signature;
  if (sig !== null) headers['x-twilio-signature'] = sig;
  return api('POST', target, { rawBody: formBody(params), headers });
}

/** The patient `from` texting `body`; returns the answer's text (asserting TwiML). */
async function sms(from, body, sid = newSid()) {
  const res = await webhook(INBOUND, [['MessageSid', sid], ['From', from], ['To', '+15005550006'], ['Body', body],
    ['AccountSid', 'ACtest'], ['NumMedia', '0']]);
  assert.equal(res.status, 200, res.text);
  assert.match(res.headers.get('content-type'), /^text\/xml/);
  const match = res.text.match(/^<\?xml[^>]*\?><Response><Message>([\s\S]*)<\/Message><\/Response>$/);
  assert.ok(match, `TwiML answer: ${res.text}`);
  return match[1];
}

/** A reminder for `appointment` as the worker would have sent it; returns its provider sid. */
function sentReminder(s, appointment, status = 'sent') {
  const sid = newSid();
  sql(`INSERT INTO sms_messages (patient_id, clinic_id, appointment_id, kind, "to", body, status, due_at, next_attempt_at, sent_at, provider_sid)
       VALUES (${s.patient.id}, ${s.clinic.id}, ${appointment.id}, 'appointment_reminder', ${literal(s.phone)}, 'Recordatorio',
               ${literal(status)}, now(), now(), now(), ${literal(sid)})`);
  return sid;
}

/** A follow-up-like outbox message to side `s`'s patient with a provider sid; returns {id, sid}. */
function sentMessage(s, status = 'sent') {
  const sid = newSid();
  const [[id]] = sql(`INSERT INTO sms_messages (patient_id, clinic_id, kind, "to", body, status, due_at, next_attempt_at, sent_at, provider_sid)
       VALUES (${s.patient.id}, ${s.clinic.id}, 'reply', ${literal(s.phone)}, 'Mensaje', ${literal(status)}, now(), now(), now(), ${literal(sid)})
       RETURNING id`);
  return { id: Number(id), sid };
}

const messageStatus = (id) => sql(`SELECT status FROM sms_messages WHERE id = ${id}`)[0][0];
const consentOf = async (s) => (await api('GET', `/api/v1/patients/${s.patient.id}`, { token: s.secretary.token })).json.sms_consent;

/** Everything a webhook could change, as one comparable text. */
function fingerprint() {
  const tables = ['sms_messages', 'sms_message_events', 'sms_inbox', 'sms_phone_problems', 'sms_webhook_receipts', 'patients',
    'appointments', 'appointment_events', 'audit_events'];
  // A UNION ALL's rows come in no promised order (a parallel append interleaves them), so they are sorted.
  return sql(tables.map((t) => `SELECT '${t}', count(*), coalesce(max(xmin::text::bigint), 0) FROM ${t}`).join(' UNION ALL '))
    .map((row) => row.join(' ')).sort().join('\n');
}

async function makeSide(name) {
  const s = side[name];
  const floor = await post(`/api/v1/clinics/${s.clinic.id}/floors`, { number: 1, name: 'Piso' });
  s.room = await post(`/api/v1/floors/${floor.id}/rooms`, { code: `T${name}1`, name: 'Consultorio' });
  s.secretary = await newUser('secretary', { clinic_ids: [s.clinic.id] });
  const username = uniqueName('tdoc');
  const password = uniquePassword();
  const doctor = await post('/api/v1/users', {
    username, password, full_name: `Dra. Twilio ${name}`, role: 'doctor', clinic_ids: [s.clinic.id], specialty: 'Clínica médica',
  });
  s.doctorId = doctor.doctor_id;
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: s.clinic.id, weekday, from: '00:00', to: '24:00' }));
  const schedule = await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks } });
  assert.equal(schedule.status, 200, schedule.text);
  s.phone = `+54911${uniqueDni()}`;
  s.patient = await post('/api/v1/patients', {
    first_name: `Rocío${name}`, last_name: `Twilio${uniqueName('x').slice(-6)}`, document_number: uniqueDni(),
    birth_date: '1980-05-06', phone: s.phone, sms_consent: true,
  }, s.secretary.token);
}

const book = (s) => post('/api/v1/appointments', {
  patient_id: s.patient.id, doctor_id: s.doctorId, room_id: s.room.id, practice_id: practice.id, start: freshStart(),
}, s.secretary.token);

before(async () => {
  assert.ok(TWILIO_AUTH_TOKEN && PUBLIC_URL, 'scripts/test.sh starts the server with a Twilio auth token and public URL');
  admin = await adminToken();
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador SMS ${uniqueName('n')}`, version: '1' });
  for (const name of ['A', 'B']) {
    side[name].clinic = await post('/api/v1/clinics', {
      name: `SMS ${name} ${uniqueName('c')}`, address: 'Calle 1', timezone: 'UTC', phone: '+541144445555',
    });
  }
  practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('S').slice(-12), name: 'Consulta', specialty: 'Clínica médica',
    duration_minutes: 30, clinic_ids: [side.A.clinic.id, side.B.clinic.id],
  });
  for (const name of ['A', 'B']) await makeSide(name);
});

describe('X-Twilio-Signature', () => {
  test('a missing, wrong or stale signature is 403 and changes nothing', async () => {
    const appointment = await book(side.A);
    sentReminder(side.A, appointment);
    const message = sentMessage(side.A);
    const inbound = [['MessageSid', newSid()], ['From', side.A.phone], ['Body', 'STOP']];
    const confirm = [['MessageSid', newSid()], ['From', side.A.phone], ['Body', 'SI']];
    const status = [['MessageSid', message.sid], ['MessageStatus', 'failed'], ['ErrorCode', '21610']];
    const before = fingerprint();
    const attempts = [
      [INBOUND, inbound, null, 'no signature'],
      [INBOUND, inbound, 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=', 'a made-up signature'],
      [INBOUND, inbound, twilioSignature(INBOUND, inbound, { token: 'not-the-token' }), 'another auth token'],
      [INBOUND, inbound, twilioSignature(INBOUND, inbound, { publicUrl: 'https://evil.example' }), 'another URL'],
      [INBOUND, inbound, twilioSignature(`${INBOUND}?x=1`, inbound), 'another query'],
      [INBOUND, confirm, twilioSignature(INBOUND, [['MessageSid', confirm[0][1]], ['From', side.A.phone], ['Body', 'NO']]),
        'a signature over another body'],
      [STATUS, status, null, 'no signature'],
      [STATUS, status, twilioSignature(STATUS, [['MessageSid', message.sid], ['MessageStatus', 'delivered']]), 'another status'],
    ];
    for (const [target, params, signature, why] of attempts) {
      const res = await webhook(target, params, { signature });
      assertProblem(res, 403);
      assert.match(res.json.detail, /X-Twilio-Signature/, why);
    }
    // A session is no substitute for the signature.
    const withSession = await api('POST', INBOUND, {
      token: admin, rawBody: formBody(inbound), headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assertProblem(withSession, 403);
    assert.equal(fingerprint(), before, 'nothing changed');
    assert.equal(await consentOf(side.A), true);
    assert.equal(messageStatus(message.id), 'sent');
    const turno = await api('GET', `/api/v1/appointments/${appointment.id}`, { token: side.A.secretary.token });
    assert.equal(turno.json.status, 'registered');
  });

  test('a signed but malformed form is 400 or 422 naming the field', async () => {
    const bad = 'MessageSid=SM1&From=%ZZ&Body=hola';
    const res = await api('POST', INBOUND, {
      rawBody: bad,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(INBOUND, []) },
    });
    assertProblem(res, 403);  // an undecodable body cannot carry a valid signature
    const missing = [['MessageSid', newSid()], ['Body', 'hola']];
    assertInvalid(await webhook(INBOUND, missing), 'From');
    const notUtf8 = [['MessageSid', newSid()], ['From', side.A.phone], ['Body', 'ok']];
    const raw = `MessageSid=${notUtf8[0][1]}&From=${encodeURIComponent(side.A.phone)}&Body=%FF`;
    const params = [['MessageSid', notUtf8[0][1]], ['From', side.A.phone], ['Body', Buffer.from([0xff]).toString('latin1')]];
    // Sign exactly the bytes sent: the body's value is one invalid byte.
    const data = PUBLIC_URL + INBOUND + params.slice().sort(([a], [b]) => (a < b ? -1 : 1)).map(([n, v]) => n + v).join('');
    const { createHmac } = await import('node:crypto');
    const signature = createHmac('sha1', TWILIO_AUTH_TOKEN).update(Buffer.from(data, 'latin1')).digest('base64');
    const invalid = await api('POST', INBOUND, {
      rawBody: raw, headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    });
    assertInvalid(invalid, 'Body');
    const badCode = [['MessageSid', newSid()], ['MessageStatus', 'failed'], ['ErrorCode', 'abc']];
    assertInvalid(await webhook(STATUS, badCode), 'ErrorCode');
    const json = await api('POST', STATUS, {
      rawBody: '{}', headers: { 'content-type': 'application/json', 'x-twilio-signature': twilioSignature(STATUS, []) },
    });
    assertProblem(json, 415);
  });
});

describe('inbound replies', () => {
  test('STOP opts the patient out (audited) and says how to undo it; ALTA opts back in', async () => {
    const s = side.A;
    const [[lastId]] = sql('SELECT coalesce(max(id), 0) FROM sms_messages');
    const answer = await sms(s.phone, ' stop ');
    assert.match(answer, /ALTA/);
    assert.equal(await consentOf(s), false);
    const again = await sms(s.phone, 'Alta');
    assert.match(again, /BAJA/);
    assert.equal(await consentOf(s), true);
    assert.match(await sms(s.phone, 'Cancelár'), /ALTA/, 'accents and case do not matter');
    assert.equal(await consentOf(s), false);
    await sms(s.phone, 'START');
    assert.equal(await consentOf(s), true);
    const audit = await api('GET', `/api/v1/audit-events?patient_id=${s.patient.id}&action=patient.sms_consent_changed`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.json.items.length, 4, audit.text);
    assert.ok(audit.json.items.every((e) => e.actor_username === 'sms'));
    // Each answer is in the outbox as a reply, so the conversation reads in order.
    const replies = sql(`SELECT body FROM sms_messages WHERE id > ${lastId} AND kind = 'reply' AND "to" = ${literal(s.phone)}
                         AND status = 'sent' ORDER BY id`).map((r) => r[0]);
    assert.equal(replies.length, 4);
    assert.match(replies[0], /ALTA/);
    assert.match(replies[1], /BAJA/);
  });

  test('SI confirms the turno of the last reminder, by "SMS", and says so', async () => {
    const s = side.A;
    const older = await book(s);
    const appointment = await book(s);
    sentReminder(s, older);
    sentReminder(s, appointment, 'delivered');
    const answer = await sms(s.phone, 'Sí');
    assert.match(answer, /confirmado/);
    assert.match(answer, new RegExp(`^Gracias Rocío${'A'}`));
    const turno = await api('GET', `/api/v1/appointments/${appointment.id}`, { token: s.secretary.token });
    assert.equal(turno.json.status, 'confirmed');
    const untouched = await api('GET', `/api/v1/appointments/${older.id}`, { token: s.secretary.token });
    assert.equal(untouched.json.status, 'registered', 'only the turno of the last reminder');
    const history = await api('GET', `/api/v1/appointments/${appointment.id}/history`, { token: s.secretary.token });
    const last = history.json.items.at(-1);
    assert.equal(last.to_status, 'confirmed');
    assert.equal(last.actor_name, 'SMS');
    assert.equal(last.actor_user_id, null);
    assert.match(await sms(s.phone, '1'), /confirmado/, 'a second SI says it again');
    const [[reply]] = sql(`SELECT appointment_id FROM sms_messages WHERE kind = 'reply' AND "to" = ${literal(s.phone)} ORDER BY id DESC LIMIT 1`);
    assert.equal(Number(reply), appointment.id);
  });

  test('NO cancels it with reason "cancelado por SMS"; then there is nothing left to confirm', async () => {
    const s = side.A;
    const appointment = await book(s);
    sentReminder(s, appointment);
    const answer = await sms(s.phone, 'no');
    assert.match(answer, /cancelado/);
    const turno = await api('GET', `/api/v1/appointments/${appointment.id}`, { token: s.secretary.token });
    assert.equal(turno.json.status, 'cancelled');
    assert.equal(turno.json.reason, 'cancelado por SMS');
    assert.match(await sms(s.phone, 'SI'), /No encontramos un turno/);
    const still = await api('GET', `/api/v1/appointments/${appointment.id}`, { token: s.secretary.token });
    assert.equal(still.json.status, 'cancelled');
  });

  test('SI from a number no reminder went to finds no turno', async () => {
    assert.match(await sms(`+54911${uniqueDni()}`, 'SI'), /No encontramos un turno/);
  });

  test("anything else lands in that clinic's inbox: its secretary sees and handles it, another clinic's gets 404", async () => {
    const s = side.A;
    const text = `Llego tarde, ${uniqueName('t')}`;
    const answer = await sms(s.phone, text);
    assert.match(answer, /No entendimos/);
    assert.match(answer, /\+541144445555/, 'the clinic phone');
    const list = await api('GET', `/api/v1/sms/inbox?clinic_id=${s.clinic.id}`, { token: s.secretary.token });
    assert.equal(list.status, 200, list.text);
    const item = list.json.items.find((i) => i.body === text);
    assert.ok(item, list.text);
    assert.equal(item.patient_id, s.patient.id);
    assert.equal(item.from, s.phone);
    assert.equal(item.status, 'open');
    const mine = await api('GET', '/api/v1/sms/inbox', { token: s.secretary.token });
    assert.ok(mine.json.items.some((i) => i.id === item.id), 'without clinic_id: all her clinics');
    // Clinic B's secretary: neither the list nor the item.
    const other = side.B.secretary.token;
    assertProblem(await api('GET', `/api/v1/sms/inbox?clinic_id=${s.clinic.id}`, { token: other }), 404);
    const theirs = await api('GET', '/api/v1/sms/inbox', { token: other });
    assert.ok(!theirs.json.items.some((i) => i.id === item.id));
    assertProblem(await api('POST', `/api/v1/sms/inbox/${item.id}/handle`, { token: other }), 404);
    // Doctors and patients do not read the inbox; admins read but do not handle.
    const doctor = await api('GET', '/api/v1/sms/inbox', { token: (await login('medico', 'healthpulse')).token });
    assertProblem(doctor, 403);
    const adminView = await api('GET', `/api/v1/sms/inbox?clinic_id=${s.clinic.id}`, { token: admin });
    assert.ok(adminView.json.items.some((i) => i.id === item.id));
    assertProblem(await api('POST', `/api/v1/sms/inbox/${item.id}/handle`, { token: admin }), 403);
    const handled = await api('POST', `/api/v1/sms/inbox/${item.id}/handle`, { token: s.secretary.token });
    assert.equal(handled.status, 200, handled.text);
    assert.equal(handled.json.status, 'handled');
    assert.equal(handled.json.handled_by, s.secretary.id);
    const open = await api('GET', `/api/v1/sms/inbox?clinic_id=${s.clinic.id}`, { token: s.secretary.token });
    assert.ok(!open.json.items.some((i) => i.id === item.id));
    const done = await api('GET', `/api/v1/sms/inbox?clinic_id=${s.clinic.id}&status=handled`, { token: s.secretary.token });
    assert.ok(done.json.items.some((i) => i.id === item.id));
    assertInvalid(await api('GET', '/api/v1/sms/inbox?status=closed', { token: s.secretary.token }), 'status');
    const audit = await api('GET', `/api/v1/audit-events?action=sms_inbox.handled&patient_id=${s.patient.id}`, { token: admin });
    assert.equal(audit.json.items.length, 1);
    assert.ok(!audit.text.includes(text), 'the audit log holds no SMS text');
  });

  test('a replayed MessageSid is not acted on twice and gets the first answer', async () => {
    const s = side.B;
    const sid = newSid();
    const text = `Consulta ${uniqueName('r')}`;
    const first = await sms(s.phone, text, sid);
    const second = await sms(s.phone, text, sid);
    assert.equal(second, first);
    assert.equal(Number(sql(`SELECT count(*) FROM sms_inbox WHERE body = ${literal(text)}`)[0][0]), 1);
    const appointment = await book(s);
    sentReminder(s, appointment);
    const cancelSid = newSid();
    await sms(s.phone, 'NO', cancelSid);
    const events = () => Number(sql(`SELECT count(*) FROM appointment_events WHERE appointment_id = ${appointment.id}`)[0][0]);
    const before = events();
    assert.match(await sms(s.phone, 'NO', cancelSid), /cancelado/, 'the first answer, not "no appointment"');
    assert.equal(events(), before);
    assert.equal(Number(sql(`SELECT count(*) FROM sms_messages WHERE kind = 'reply' AND "to" = ${literal(s.phone)}`)[0][0]), 2);
  });
});

describe('status callbacks', () => {
  test('statuses only move forward: a late "sent" after "delivered" stays delivered', async () => {
    const message = sentMessage(side.A);
    const callback = (statusName, extra = []) => webhook(STATUS, [['MessageSid', message.sid], ['MessageStatus', statusName],
      ['AccountSid', 'ACtest'], ...extra]);
    assert.equal((await callback('delivered')).status, 200);
    assert.equal(messageStatus(message.id), 'delivered');
    const late = await callback('sent');
    assert.equal(late.status, 200);
    assert.equal(messageStatus(message.id), 'delivered');
    await callback('delivered');  // Twilio's retry of one already recorded
    const events = sql(`SELECT status FROM sms_message_events WHERE message_id = ${message.id} ORDER BY id`).map((r) => r[0]);
    assert.deepEqual(events, ['delivered', 'sent'], 'the late sent is recorded as Twilio said it, the retry not again');
  });

  test('an unknown MessageSid answers 200 and changes nothing', async () => {
    const before = fingerprint();
    const res = await webhook(STATUS, [['MessageSid', newSid()], ['MessageStatus', 'delivered']]);
    assert.equal(res.status, 200, res.text);
    assert.equal(fingerprint(), before);
  });

  test('a permanent error fails the message and lists the phone; fixing the phone resolves it', async () => {
    const s = side.B;
    const message = sentMessage(s);
    const res = await webhook(STATUS, [['MessageSid', message.sid], ['MessageStatus', 'undelivered'], ['ErrorCode', '30006']]);
    assert.equal(res.status, 200, res.text);
    assert.equal(messageStatus(message.id), 'failed');
    const list = await api('GET', `/api/v1/sms/phone-problems?clinic_id=${s.clinic.id}`, { token: s.secretary.token });
    assert.equal(list.status, 200, list.text);
    const problem = list.json.items.find((p) => p.patient_id === s.patient.id);
    assert.ok(problem, list.text);
    assert.equal(problem.phone, s.phone);
    assert.equal(problem.error_code, 30006);
    assertProblem(await api('GET', `/api/v1/sms/phone-problems?clinic_id=${s.clinic.id}`, { token: side.A.secretary.token }), 404);
    assertProblem(await api('POST', `/api/v1/sms/phone-problems/${problem.id}/resolve`, { token: side.A.secretary.token }), 404);
    assert.equal(await consentOf(s), true, 'only 21610 opts out');
    // A new phone number is the fix.
    s.phone = `+54911${uniqueDni()}`;
    const patched = await api('PATCH', `/api/v1/patients/${s.patient.id}`, { token: s.secretary.token, body: { phone: s.phone } });
    assert.equal(patched.status, 200, patched.text);
    const open = await api('GET', `/api/v1/sms/phone-problems?clinic_id=${s.clinic.id}`, { token: s.secretary.token });
    assert.ok(!open.json.items.some((p) => p.id === problem.id));
    const resolved = await api('GET', `/api/v1/sms/phone-problems?clinic_id=${s.clinic.id}&status=resolved`, { token: s.secretary.token });
    const after = resolved.json.items.find((p) => p.id === problem.id);
    assert.equal(after.status, 'resolved');
    assert.equal(after.resolved_by, null);
  });

  test('21610 (the patient unsubscribed at the carrier) also opts them out; a secretary resolves it', async () => {
    const s = side.A;
    assert.equal(await consentOf(s), true);
    const message = sentMessage(s);
    await webhook(STATUS, [['MessageSid', message.sid], ['MessageStatus', 'failed'], ['ErrorCode', '21610']]);
    assert.equal(messageStatus(message.id), 'failed');
    assert.equal(await consentOf(s), false);
    const list = await api('GET', `/api/v1/sms/phone-problems?clinic_id=${s.clinic.id}`, { token: s.secretary.token });
    const problem = list.json.items.find((p) => p.patient_id === s.patient.id && p.error_code === 21610);
    assert.ok(problem, list.text);
    const done = await api('POST', `/api/v1/sms/phone-problems/${problem.id}/resolve`, { token: s.secretary.token });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.status, 'resolved');
    assert.equal(done.json.resolved_by, s.secretary.id);
    await sms(s.phone, 'ALTA');
  });
});
