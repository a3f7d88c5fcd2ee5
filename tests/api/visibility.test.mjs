// Who sees which patient, appointment and record (DESIGN.md §5), route by route, role by
// role, own object vs another clinic's vs another patient's. Two mirror-image clinics A
// and B, each with a secretary, a doctor, a patient with a login, a turno and a record
// entry; every caller of A is tried on every route that takes an id with B's objects and
// must get a refusal that carries none of B's data. Own-side reads are the control: they
// succeed, so a refusal is about visibility, not a broken fixture. A route with an id that
// is in the spec but not classified here fails the test.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  api, login, newUser, adminToken, assertProblem, uniqueName, uniquePassword, uniqueDni, REPO_ROOT,
} from './helpers.mjs';
import { sql } from './database.mjs';

const spec = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'api', 'openapi.json'), 'utf8'));
const HOUR = 3600 * 1000;
const DAY0 = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 50 * 24 * HOUR;
let hour = 0;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const freshStart = () => iso(DAY0 + (hour++) * HOUR);

let admin;
let practice;
const side = { A: {}, B: {} };

async function post(urlPath, body, token = admin, status = 201) {
  const res = await api('POST', urlPath, { token, body });
  assert.equal(res.status, status, `POST ${urlPath}: ${res.status} ${res.text}`);
  return res.json;
}

before(async () => {
  admin = await adminToken();
  // The practice is offered at both clinics, so the clinics come first.
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador visibilidad ${uniqueName('n')}`, version: '1' });
  for (const name of ['A', 'B']) {
    side[name].clinic = await post('/api/v1/clinics', { name: `Visibilidad ${name} ${uniqueName('c')}`, address: 'Calle 1', timezone: 'UTC' });
  }
  practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('V').slice(-12), name: 'Consulta', specialty: 'Clínica médica',
    duration_minutes: 30, clinic_ids: [side.A.clinic.id, side.B.clinic.id],
  });
  for (const name of ['A', 'B']) await makeSide(name);
});

/** Side `name`'s room, a doctor working there all day, a secretary, a patient with a login, a turno, a note. */
async function makeSide(name) {
  const s = side[name];
  const floor = await post(`/api/v1/clinics/${s.clinic.id}/floors`, { number: 1, name: 'Piso' });
  s.room = await post(`/api/v1/floors/${floor.id}/rooms`, { code: `V${name}1`, name: 'Consultorio' });
  s.secretary = await newUser('secretary', { clinic_ids: [s.clinic.id] });
  const username = uniqueName('vdoc');
  const password = uniquePassword();
  const doctor = await post('/api/v1/users', {
    username, password, full_name: `Dr. Visible ${name}`, role: 'doctor', clinic_ids: [s.clinic.id], specialty: 'Clínica médica',
  });
  s.doctor = { ...doctor, token: (await login(username, password)).token };
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: s.clinic.id, weekday, from: '00:00', to: '24:00' }));
  const schedule = await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks } });
  assert.equal(schedule.status, 200, schedule.text);
  const pUser = uniqueName('vpac');
  const pPass = uniquePassword();
  s.birthDate = name === 'A' ? '1970-03-04' : '1985-11-23';
  s.patient = await post('/api/v1/patients', {
    first_name: 'Visible', last_name: `Paciente${name}${uniqueName('x').slice(-6)}`, document_number: uniqueDni(),
    birth_date: s.birthDate, account: { username: pUser, password: pPass },
  }, s.secretary.token);
  s.patient.token = (await login(pUser, pPass)).token;
  s.appointment = await post('/api/v1/appointments', {
    patient_id: s.patient.id, doctor_id: doctor.doctor_id, room_id: s.room.id, practice_id: practice.id, start: freshStart(),
  }, s.secretary.token);
  s.entry = await post(`/api/v1/patients/${s.patient.id}/notes`, { text: `Nota de ${name}`, clinic_id: s.clinic.id }, s.doctor.token);
  s.plan = await post('/api/v1/follow-up-plans', { patient_id: s.patient.id, interval_days: 30 }, s.doctor.token);
  // An SMS reply in the clinic's inbox and a phone Twilio refused (what the webhooks write).
  [[s.inboxId]] = sql(`INSERT INTO sms_inbox (clinic_id, patient_id, "from", body)
                       VALUES (${s.clinic.id}, ${s.patient.id}, '+5491100000000', 'Hola') RETURNING id`);
  [[s.phoneProblemId]] = sql(`INSERT INTO sms_phone_problems (patient_id, phone, error_code)
                              VALUES (${s.patient.id}, '+5491100000000', 30006) RETURNING id`);
}

// Every route with an id that reaches patient data: how to call it on side `o`'s object.
// `read` routes answer the caller's own side with 200 (the control); on the other side
// every caller gets 404, or 403 where their role may never do this at all.
const PATIENT_DATA_ROUTES = {
  'GET /api/v1/patients/{id}': { id: (o) => o.patient.id, read: true },
  'PATCH /api/v1/patients/{id}': { id: (o) => o.patient.id, body: () => ({ phone: '+5491155550000' }) },
  'GET /api/v1/patients/{id}/record': { id: (o) => o.patient.id, read: true, roles: ['doctor', 'patient'] },
  'POST /api/v1/patients/{id}/diagnoses': { id: (o) => o.patient.id, body: (o) => ({ code: 'J06.9', clinic_id: o.clinic.id }) },
  'POST /api/v1/patients/{id}/treatments': { id: (o) => o.patient.id, body: (o) => ({ description: 'Paracetamol', clinic_id: o.clinic.id }) },
  'POST /api/v1/patients/{id}/notes': { id: (o) => o.patient.id, body: (o) => ({ text: 'Intrusa', clinic_id: o.clinic.id }) },
  'POST /api/v1/patients/{id}/allergies': { id: (o) => o.patient.id, body: (o) => ({ substance: 'Látex', clinic_id: o.clinic.id }) },
  'POST /api/v1/records/entries/{id}/amendments': { id: (o) => o.entry.id, body: () => ({ reason: 'Intento', text: 'Cambiada' }) },
  'GET /api/v1/patients/{id}/access-log': { id: (o) => o.patient.id, read: true, roles: ['patient'] },
  'GET /api/v1/appointments/{id}': { id: (o) => o.appointment.id, read: true },
  'PATCH /api/v1/appointments/{id}': { id: (o) => o.appointment.id, body: () => ({ start: freshStart() }) },
  'POST /api/v1/appointments/{id}/status': { id: (o) => o.appointment.id, body: () => ({ status: 'cancelled', reason: 'Intento' }) },
  'GET /api/v1/appointments/{id}/history': { id: (o) => o.appointment.id, read: true },
  'GET /api/v1/appointments/{id}/calendar.ics': { id: (o) => o.appointment.id, read: true },
  'GET /api/v1/clinics/{id}/board': { id: (o) => o.clinic.id, read: true, roles: ['secretary', 'doctor'] },
  'PATCH /api/v1/follow-up-plans/{id}': { id: (o) => o.plan.id, body: () => ({ status: 'ended' }) },
  'POST /api/v1/sms/inbox/{id}/handle': { id: (o) => o.inboxId },
  'POST /api/v1/sms/phone-problems/{id}/resolve': { id: (o) => o.phoneProblemId },
};
// Routes with an id that hold no patient data: the network directory every signed-in
// user reads (issue 3), admin-only user management (403 for everyone else, checked by the
// capability), the clinic's live stream (its refusal is checked below) and emergency
// access, which by design lets any doctor open any record with a reason, audited; the
// admins' SMS templates (403 for everyone else).
const OTHER_ROUTES = new Set([
  'GET /api/v1/users/{id}', 'PATCH /api/v1/users/{id}', 'POST /api/v1/users/{id}/deactivate',
  'GET /api/v1/clinics/{id}', 'PATCH /api/v1/clinics/{id}', 'GET /api/v1/clinics/{id}/floors', 'POST /api/v1/clinics/{id}/floors',
  'GET /api/v1/floors/{id}/rooms', 'POST /api/v1/floors/{id}/rooms', 'PATCH /api/v1/rooms/{id}',
  'POST /api/v1/nomenclators/{id}/import', 'PATCH /api/v1/practices/{id}', 'GET /api/v1/doctors/{id}',
  'PATCH /api/v1/doctors/{id}', 'GET /api/v1/doctors/{id}/schedule', 'PUT /api/v1/doctors/{id}/schedule',
  'GET /api/v1/clinics/{id}/events', 'POST /api/v1/patients/{id}/emergency-access',
  'PUT /api/v1/sms-templates/{kind}',
]);

const callers = (s) => ({ secretary: s.secretary.token, doctor: s.doctor.token, patient: s.patient.token });

/** Asserts `res` refuses and says nothing of side B's patient. */
function assertRefusedWithoutData(res, label) {
  assert.ok(res.status === 404 || res.status === 403, `${label}: ${res.status} ${res.text.slice(0, 300)}`);
  assertProblem(res, res.status);
  const b = side.B.patient;
  for (const secret of [b.last_name, b.document_number, b.phone].filter(Boolean)) {
    assert.ok(!res.text.includes(secret), `${label} leaks ${secret}`);
  }
}

describe('visibility matrix', () => {
  test('every route of the spec that takes an id is classified here', () => {
    for (const [p, ops] of Object.entries(spec.paths)) {
      if (!p.includes('{')) continue;
      for (const method of Object.keys(ops)) {
        if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
        const key = `${method.toUpperCase()} ${p}`;
        assert.ok(key in PATIENT_DATA_ROUTES || OTHER_ROUTES.has(key), `unclassified route with an id: ${key}`);
      }
    }
  });

  test('own side: each read route answers its callers (the control)', async () => {
    for (const [key, route] of Object.entries(PATIENT_DATA_ROUTES)) {
      if (!route.read) continue;
      const [method, template] = key.split(' ');
      for (const [role, token] of Object.entries(callers(side.A))) {
        if (route.roles && !route.roles.includes(role)) continue;
        const res = await api(method, template.replace('{id}', route.id(side.A)), { token });
        assert.equal(res.status, 200, `${role} ${key} on own side: ${res.status} ${res.text.slice(0, 200)}`);
      }
    }
  });

  test("another clinic's patient, turno and record: every route refuses every caller, and nothing changes", async () => {
    const before = {
      patient: (await api('GET', `/api/v1/patients/${side.B.patient.id}`, { token: side.B.secretary.token })).json,
      appointment: (await api('GET', `/api/v1/appointments/${side.B.appointment.id}`, { token: admin })).json,
      record: (await api('GET', `/api/v1/patients/${side.B.patient.id}/record`, { token: side.B.doctor.token })).json,
    };
    for (const [key, route] of Object.entries(PATIENT_DATA_ROUTES)) {
      const [method, template] = key.split(' ');
      for (const [role, token] of Object.entries(callers(side.A))) {
        const res = await api(method, template.replace('{id}', route.id(side.B)), { token, body: route.body?.(side.B) });
        assertRefusedWithoutData(res, `${role} of A: ${key} on B`);
        if (route.read) assert.equal(res.status, 404, `${role} of A reading ${key} of B gets 404, not ${res.status}`);
      }
    }
    const after = {
      patient: (await api('GET', `/api/v1/patients/${side.B.patient.id}`, { token: side.B.secretary.token })).json,
      appointment: (await api('GET', `/api/v1/appointments/${side.B.appointment.id}`, { token: admin })).json,
      record: (await api('GET', `/api/v1/patients/${side.B.patient.id}/record`, { token: side.B.doctor.token })).json,
    };
    assert.deepEqual(after.patient, before.patient);
    assert.deepEqual(after.appointment, before.appointment);
    assert.equal(after.record.timeline.items.length, before.record.timeline.items.length);
    const plans = await api('GET', `/api/v1/follow-up-plans?patient_id=${side.B.patient.id}`, { token: side.B.doctor.token });
    assert.equal(plans.json.items.find((p) => p.id === side.B.plan.id)?.status, 'active');
    assert.deepEqual(sql(`SELECT handled_at IS NULL FROM sms_inbox WHERE id = ${side.B.inboxId}`), [['t']], "B's SMS reply is still open");
    assert.deepEqual(sql(`SELECT resolved_at IS NULL FROM sms_phone_problems WHERE id = ${side.B.phoneProblemId}`), [['t']],
      "B's phone problem is still open");
  });

  test("another clinic's patient never shows in a list or search", async () => {
    const b = side.B.patient;
    for (const [role, token] of Object.entries(callers(side.A))) {
      for (const q of [b.last_name, b.document_number]) {
        const res = await api('GET', `/api/v1/patients?q=${encodeURIComponent(q)}`, { token });
        assert.equal(res.status, 200, res.text);
        assert.ok(!res.json.items.some((p) => p.id === b.id), `${role} of A finds B's patient by ${q}`);
      }
      const turnos = await api('GET', `/api/v1/appointments?patient_id=${b.id}`, { token });
      assert.equal(turnos.status, 200, turnos.text);
      assert.deepEqual(turnos.json.items, [], `${role} of A lists B's turnos`);
      assertProblem(await api('GET', `/api/v1/follow-up-plans?patient_id=${b.id}`, { token }), 404);
      const plans = await api('GET', '/api/v1/follow-up-plans', { token });
      assert.equal(plans.status, 200, plans.text);
      assert.ok(!plans.json.items.some((p) => p.patient_id === b.id), `${role} of A lists B's follow-up plans`);
      const clinic = await api('GET', `/api/v1/appointments?clinic_id=${side.B.clinic.id}`, { token });
      assert.equal(clinic.status, 200, clinic.text);
      assert.deepEqual(clinic.json.items, [], `${role} of A lists clinic B's agenda`);
    }
  });

  test("another patient's own turnos are not in a patient's unfiltered list", async () => {
    const res = await api('GET', '/api/v1/appointments', { token: side.A.patient.token });
    assert.equal(res.status, 200, res.text);
    assert.ok(res.json.items.length >= 1);
    for (const a of res.json.items) assert.equal(a.patient_id, side.A.patient.id);
  });

  test("a secretary cannot watch another clinic's live stream or board", async () => {
    assertProblem(await api('GET', `/api/v1/clinics/${side.B.clinic.id}/events`, { token: side.A.secretary.token }), 404);
    assertProblem(await api('GET', `/api/v1/clinics/${side.B.clinic.id}/board`, { token: side.A.secretary.token }), 404);
  });
});

describe('booking and care', () => {
  test("a secretary cannot book another clinic's patient: 404 on patient_id, nothing booked, nothing registered", async () => {
    const res = await api('POST', '/api/v1/appointments', {
      token: side.A.secretary.token,
      body: { patient_id: side.B.patient.id, doctor_id: side.A.doctor.doctor_id, room_id: side.A.room.id, practice_id: practice.id, start: freshStart() },
    });
    assertProblem(res, 404);
    assert.equal(res.json.errors?.[0]?.field, 'patient_id', res.text);
    assertProblem(await api('GET', `/api/v1/patients/${side.B.patient.id}`, { token: side.A.secretary.token }), 404);
    assertProblem(await api('GET', `/api/v1/patients/${side.B.patient.id}/record`, { token: side.A.doctor.token }), 404);
    const turnos = await api('GET', `/api/v1/appointments?patient_id=${side.B.patient.id}&doctor_id=${side.A.doctor.doctor_id}`, { token: admin });
    assert.deepEqual(turnos.json.items, []);
  });

  test('a patient booking online at another clinic is not registered there by it', async () => {
    const username = uniqueName('vtra');
    const password = uniquePassword();
    const traveller = await post('/api/v1/patients', {
      first_name: 'Viajera', last_name: `Red${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), account: { username, password },
    }, side.B.secretary.token);
    const { token } = await login(username, password);
    const turno = await post('/api/v1/appointments', {
      patient_id: traveller.id, doctor_id: side.A.doctor.doctor_id, room_id: side.A.room.id, practice_id: practice.id, start: freshStart(),
    }, token);
    // Clinic A's desk sees the turno at its clinic, not the patient's registry record.
    assert.equal((await api('GET', `/api/v1/appointments/${turno.id}`, { token: side.A.secretary.token })).status, 200);
    assertProblem(await api('GET', `/api/v1/patients/${traveller.id}`, { token: side.A.secretary.token }), 404);
    const mine = await api('GET', `/api/v1/patients/${traveller.id}`, { token });
    assert.deepEqual(mine.json.clinic_ids, [side.B.clinic.id]);
  });

  test("a cancelled turno gives the doctor no access to the patient or the record", async () => {
    const p = await post('/api/v1/patients', {
      first_name: 'Cancelada', last_name: `Care${uniqueName('x').slice(-6)}`, document_number: uniqueDni(),
    }, side.A.secretary.token);
    // Another doctor of A with no turno with her.
    const username = uniqueName('vdoc2');
    const password = uniquePassword();
    const doctor = await post('/api/v1/users', {
      username, password, full_name: 'Dra. Sin Turno', role: 'doctor', clinic_ids: [side.A.clinic.id], specialty: 'Clínica médica',
    });
    const token = (await login(username, password)).token;
    const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: side.A.clinic.id, weekday, from: '00:00', to: '24:00' }));
    assert.equal((await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks } })).status, 200);
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token }), 404);
    const turno = await post('/api/v1/appointments', {
      patient_id: p.id, doctor_id: doctor.doctor_id, room_id: side.A.room.id, practice_id: practice.id, start: freshStart(),
    }, side.A.secretary.token);
    assert.equal((await api('GET', `/api/v1/patients/${p.id}`, { token })).status, 200, 'a live turno is care');
    assert.equal((await api('GET', `/api/v1/patients/${p.id}/record`, { token })).status, 200);
    const cancel = await api('POST', `/api/v1/appointments/${turno.id}/status`, {
      token: side.A.secretary.token, body: { status: 'cancelled', reason: 'Error de carga' },
    });
    assert.equal(cancel.status, 200, cancel.text);
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token }), 404);
    assertProblem(await api('GET', `/api/v1/patients/${p.id}/record`, { token }), 404);
    const search = await api('GET', `/api/v1/patients?q=${encodeURIComponent(p.last_name)}`, { token });
    assert.ok(!search.json.items.some((x) => x.id === p.id), 'the search no longer finds her');
    assertProblem(await api('POST', `/api/v1/patients/${p.id}/notes`, { token, body: { text: 'x', clinic_id: side.A.clinic.id } }), 404);
  });
});

describe('POST /api/v1/patient-links', () => {
  test('links a patient of another clinic by exact document and birth date, audited; a wrong date is the same 404', async () => {
    const b = side.B.patient;
    const sec = await newUser('secretary', { clinic_ids: [side.A.clinic.id] });
    const link = (body) => api('POST', '/api/v1/patient-links', { token: sec.token, body });
    const wrongDate = await link({ document_number: b.document_number, birth_date: '1985-11-24' });
    assertProblem(wrongDate, 404);
    const unknown = await link({ document_number: uniqueDni(), birth_date: side.B.birthDate });
    assertProblem(unknown, 404);
    assert.equal(wrongDate.json.detail, unknown.json.detail, 'the same answer whether the document exists or not');
    assertProblem(await api('GET', `/api/v1/patients/${b.id}`, { token: sec.token }), 404);

    const dotted = b.document_number.replace(/^(\d{2})(\d{3})(\d{3})$/, '$1.$2.$3');
    const ok = await link({ document_number: dotted, birth_date: side.B.birthDate });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json.id, b.id);
    assert.ok(ok.json.clinic_ids.includes(side.A.clinic.id), JSON.stringify(ok.json));
    assert.equal((await api('GET', `/api/v1/patients/${b.id}`, { token: sec.token })).status, 200);
    const again = await link({ document_number: b.document_number, birth_date: side.B.birthDate });
    assert.equal(again.status, 200, 'linking twice is harmless');

    const audit = await api('GET', `/api/v1/audit-events?user_id=${sec.id}`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    const actions = audit.json.items.map((e) => e.action);
    assert.ok(actions.includes('patient.linked'), actions.join());
    assert.equal(actions.filter((a) => a === 'patient.link_refused').length, 2, actions.join());
  });

  test('only secretaries link, only to their clinics, with both fields', async () => {
    const b = side.B.patient;
    const body = { document_number: b.document_number, birth_date: side.B.birthDate };
    for (const token of [admin, side.A.doctor.token, side.A.patient.token]) {
      assertProblem(await api('POST', '/api/v1/patient-links', { token, body }), 403);
    }
    const elsewhere = await api('POST', '/api/v1/patient-links', { token: side.A.secretary.token, body: { ...body, clinic_id: side.B.clinic.id } });
    assertProblem(elsewhere, 422);
    assert.equal(elsewhere.json.errors[0].field, 'clinic_id');
    const missing = await api('POST', '/api/v1/patient-links', { token: side.A.secretary.token, body: { document_number: b.document_number } });
    assertProblem(missing, 422);
    assert.equal(missing.json.errors[0].field, 'birth_date');
  });
});
