// Appointments (/api/v1/appointments*): booking with the schedule, room, practice and
// overlap checks (409 from the database's exclusion constraints, also under 500
// concurrent requests), the state machine of DESIGN.md §4 with its history, rescheduling,
// the agenda list with its scopes, and who may do what (§5). Every fixture is made here
// through the API, with unique names, so the file runs against any database.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni, listAll,
  assertNoServerErrors, sleep,
} from './helpers.mjs';

const APPOINTMENT_FIELDS = [
  'id', 'patient_id', 'doctor_id', 'room_id', 'practice_id', 'clinic_id', 'start', 'end', 'status', 'reason',
  'patient_name', 'doctor_name', 'room_code', 'practice_name',
];
const EVENT_FIELDS = ['id', 'occurred_at', 'actor_user_id', 'actor_name', 'kind', 'from_status', 'to_status', 'reason', 'details'];
const STATUSES = ['registered', 'confirmed', 'waiting', 'in_progress', 'finished', 'cancelled', 'no_show'];
const JSON_CT = { 'content-type': 'application/json' };
const MIN = 60 * 1000;
const HOUR = 60 * MIN;

// ---- time slots ---------------------------------------------------------------------
// Clinic A is in UTC and its doctors work there all day, every day, so any future time is
// inside their hours. Each test takes its own hours, 40+ days ahead, so no two tests
// share a slot (every run also has its own doctors, rooms and patients).
const DAY0 = (() => {
  const d = new Date();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 40);
})();
let hourCounter = 0;
/** A fresh one-hour window at clinic A: returns its start in ms (the hour is the test's own). */
const freshHour = () => DAY0 + (hourCounter++) * HOUR;
/** An Etc/GMT zone whose wall clock reads about noon at `now`. */
function noonZone(now = Date.now()) {
  const ahead = 12 - new Date(now).getUTCHours(); // hours ahead of UTC: -11 .. 12
  return ahead === 0 ? 'UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
}
let todayCounter = 0;
/** A fresh one-minute turno at clinic T later today (local), a minute after the last one. */
const freshToday = () => Math.ceil((Date.now() + 5 * MIN) / MIN) * MIN + 60 * MIN + (todayCounter++) * MIN;
/** RFC 3339 in UTC without fractional seconds. */
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const ms = (text) => {
  const t = Date.parse(text);
  assert.ok(!Number.isNaN(t), `an RFC 3339 timestamp: ${text}`);
  return t;
};
/** Day `n` (0-based) after DAY0 + 60 days, at hh:mm UTC: for clinic B's hour checks. */
const dayB = (n, hh, mm = 0) => DAY0 + (60 + n) * 24 * HOUR + hh * HOUR + mm * MIN;
let dayBCounter = 0;

/**
 * A start about `aheadMs` from now, on a whole second, such that [start, start +
 * durationMs) stays within one UTC day (a turno may not span midnight in the clinic's
 * time zone): when it would, the start moves on to the next midnight.
 */
function startAhead(aheadMs, durationMs) {
  const start = Math.ceil((Date.now() + aheadMs) / 1000) * 1000;
  const d = new Date(start);
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
  return start + durationMs > midnight ? midnight : start;
}

// ---- fixtures -------------------------------------------------------------------------
let admin;
let clinicA; // UTC
let clinicB; // America/Argentina/Buenos_Aires (UTC-3, no DST)
let roomA1;
let roomA2;
let roomA3; // deactivated
let roomB1;
let practice; // 30 minutes, offered at A and B
let practiceBOnly; // offered at B only
let secA; // {id, token}: secretary of clinic A
let secB; // secretary of clinic B
let doc1; // {id (user), doctor_id, token, full_name}: clinics A (all day) and B (no hours there)
let doc2; // clinic A only, all day
let doc3; // clinic B only, 09:00-12:00 local every day
let docGone; // a deactivated doctor of clinic A
let patient1; // with an account: {id, user_id, token, name}
let patient2; // no account
let patient3; // no account
// Clinic T is in a zone where it is about noon now, so its turnos can be "today" on
// both sides of now: arrival, in_progress and finished happen only on the turno's day.
let clinicT;
let roomT1;
let secT;
let docT; // clinic T only, all day
let patientT;

const sorted = (a) => [...a].sort((x, y) => x - y);

async function post(path, body, token = admin) {
  const res = await api('POST', path, { token, body });
  assert.equal(res.status, 201, `POST ${path}: ${res.status} ${res.text}`);
  return res.json;
}

async function doctorUser(clinicIds) {
  const username = uniqueName('doc');
  const password = uniquePassword();
  const full_name = `Dra. Turnos ${username}`;
  const user = await post('/api/v1/users', {
    username, password, full_name, role: 'doctor', clinic_ids: clinicIds, specialty: 'Clínica médica',
  });
  assert.ok(Number.isInteger(user.doctor_id), `doctor_id: ${JSON.stringify(user)}`);
  const { token } = await login(username, password);
  return { id: user.id, doctor_id: user.doctor_id, token, full_name };
}

async function putSchedule(doctorId, blocks) {
  const res = await api('PUT', `/api/v1/doctors/${doctorId}/schedule`, { token: admin, body: { blocks } });
  assert.equal(res.status, 200, `PUT schedule: ${res.status} ${res.text}`);
}
const week = (clinicId, from, to) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinicId, weekday, from, to }));

async function createPatient(token, extra = {}) {
  const body = { first_name: 'Rosa', last_name: `Turnos ${uniqueName('x').slice(-7)}`, document_number: uniqueDni(), ...extra };
  const p = await post('/api/v1/patients', body, token);
  return { ...p, name: `${p.first_name} ${p.last_name}` };
}

before(async () => {
  admin = await adminToken();
  clinicA = await post('/api/v1/clinics', { name: `Turnos A ${uniqueName('c')}`, address: 'Av. Santa Fe 3000', timezone: 'UTC' });
  clinicB = await post('/api/v1/clinics', {
    name: `Turnos B ${uniqueName('c')}`, address: 'Av. Belgrano 1200', timezone: 'America/Argentina/Buenos_Aires',
  });
  const floorA = await post(`/api/v1/clinics/${clinicA.id}/floors`, { number: 1, name: 'Primer piso' });
  const floorB = await post(`/api/v1/clinics/${clinicB.id}/floors`, { number: 0, name: 'Planta baja' });
  const room = (floorId, code) => post(`/api/v1/floors/${floorId}/rooms`, { code, name: `Consultorio ${code}` });
  [roomA1, roomA2, roomA3, roomB1] = await Promise.all([room(floorA.id, 'A-101'), room(floorA.id, 'A-102'), room(floorA.id, 'A-103'), room(floorB.id, 'B-001')]);
  const off = await api('PATCH', `/api/v1/rooms/${roomA3.id}`, { token: admin, body: { active: false } });
  assert.equal(off.status, 200, off.text);

  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador turnos ${uniqueName('n')}`, version: '2024' });
  practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('C').slice(-12), name: 'Consulta clínica', specialty: 'Clínica médica',
    duration_minutes: 30, clinic_ids: [clinicA.id, clinicB.id],
  });
  practiceBOnly = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('E').slice(-12), name: 'Ecografía', specialty: 'Diagnóstico por imágenes',
    duration_minutes: 20, clinic_ids: [clinicB.id],
  });

  secA = await newUser('secretary', { clinic_ids: [clinicA.id] });
  secB = await newUser('secretary', { clinic_ids: [clinicB.id] });
  [doc1, doc2, doc3, docGone] = await Promise.all([
    doctorUser([clinicA.id, clinicB.id]), doctorUser([clinicA.id]), doctorUser([clinicB.id]), doctorUser([clinicA.id]),
  ]);
  await putSchedule(doc1.doctor_id, week(clinicA.id, '00:00', '24:00'));
  await putSchedule(doc3.doctor_id, week(clinicB.id, '09:00', '12:00'));
  await putSchedule(doc2.doctor_id, week(clinicA.id, '00:00', '24:00'));
  await putSchedule(docGone.doctor_id, week(clinicA.id, '00:00', '24:00'));
  const gone = await api('POST', `/api/v1/users/${docGone.id}/deactivate`, { token: admin });
  assert.ok(gone.status === 200 || gone.status === 204, `deactivate: ${gone.status} ${gone.text}`);

  clinicT = await post('/api/v1/clinics', { name: `Turnos T ${uniqueName('c')}`, address: 'Av. Rivadavia 5000', timezone: noonZone() });
  const floorT = await post(`/api/v1/clinics/${clinicT.id}/floors`, { number: 1, name: 'Primer piso' });
  roomT1 = await room(floorT.id, 'T-101');
  await api('PATCH', `/api/v1/practices/${practice.id}`, { token: admin, body: { clinic_ids: [clinicA.id, clinicB.id, clinicT.id] } })
    .then((r) => assert.equal(r.status, 200, r.text));
  secT = await newUser('secretary', { clinic_ids: [clinicT.id] });
  docT = await doctorUser([clinicT.id]);
  await putSchedule(docT.doctor_id, week(clinicT.id, '00:00', '24:00'));
  patientT = await createPatient(secT.token, { first_name: 'Hoy' });

  const username = uniqueName('pac');
  const password = uniquePassword();
  const p1 = await createPatient(secA.token, { first_name: 'Marta', birth_date: '1980-05-17', account: { username, password } });
  assert.ok(Number.isInteger(p1.user_id), `patient account: ${JSON.stringify(p1)}`);
  patient1 = { ...p1, token: (await login(username, password)).token };
  patient2 = await createPatient(secA.token, { first_name: 'Jorge', birth_date: '1961-02-03' });
  patient3 = await createPatient(secA.token, { first_name: 'Elena', birth_date: '1999-12-31' });
  // Patients 2 and 3 are also seen at clinic B: its secretary links them (patient 1 stays A's only).
  for (const [p, birth_date] of [[patient2, '1961-02-03'], [patient3, '1999-12-31']]) {
    const link = await api('POST', '/api/v1/patient-links', { token: secB.token, body: { document_number: p.document_number, birth_date } });
    assert.equal(link.status, 200, `link: ${link.status} ${link.text}`);
  }
  // Patient 1 is also seen at clinic T, where today's turnos are (the history test).
  const linkT = await api('POST', '/api/v1/patient-links', { token: secT.token, body: { document_number: patient1.document_number, birth_date: '1980-05-17' } });
  assert.equal(linkT.status, 200, `link: ${linkT.status} ${linkT.text}`);
});

/** The body of a valid booking at clinic A (doc2, room A1, patient1) at `startMs`. */
function bookingBody(startMs, extra = {}) {
  return {
    patient_id: patient1.id, doctor_id: doc2.doctor_id, room_id: roomA1.id, practice_id: practice.id, start: iso(startMs), ...extra,
  };
}

const book = (body, token = secA.token) => api('POST', '/api/v1/appointments', { token, body });

async function bookOk(body, token = secA.token) {
  const res = await book(body, token);
  assert.equal(res.status, 201, `book ${JSON.stringify(body)}: ${res.status} ${res.text}`);
  return res.json;
}

const setStatus = (id, status, { token = secA.token, reason } = {}) => api('POST', `/api/v1/appointments/${id}/status`, {
  token, body: reason === undefined ? { status } : { status, reason },
});

async function setStatusOk(id, status, opts = {}) {
  const res = await setStatus(id, status, opts);
  assert.equal(res.status, 200, `→ ${status}: ${res.status} ${res.text}`);
  assert.equal(res.json.status, status);
  return res.json;
}

async function history(id, token = secA.token) {
  const res = await api('GET', `/api/v1/appointments/${id}/history`, { token });
  assert.equal(res.status, 200, `history: ${res.status} ${res.text}`);
  assert.ok(Array.isArray(res.json.items));
  for (const e of res.json.items) for (const f of EVENT_FIELDS) assert.ok(f in e, `event field ${f}: ${JSON.stringify(e)}`);
  return res.json.items;
}

/** Asserts a 409 whose errors[0] names `field`. */
function assertConflict(res, field) {
  assertProblem(res, 409);
  assert.ok(Array.isArray(res.json.errors) && res.json.errors.length > 0, `errors[] names the conflict: ${res.text}`);
  assert.equal(res.json.errors[0].field, field, res.text);
}

// ---- booking ----------------------------------------------------------------------------

describe('POST /api/v1/appointments', () => {
  test('a secretary books at her clinic: 201 registered, end = start + the practice duration, names filled in', async () => {
    const start = freshHour();
    const res = await book(bookingBody(start));
    assert.equal(res.status, 201, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    const a = res.json;
    for (const f of APPOINTMENT_FIELDS) assert.ok(f in a, `appointment field ${f}`);
    assert.ok(Number.isInteger(a.id) && a.id > 0);
    assert.equal(a.patient_id, patient1.id);
    assert.equal(a.doctor_id, doc2.doctor_id);
    assert.equal(a.room_id, roomA1.id);
    assert.equal(a.practice_id, practice.id);
    assert.equal(a.clinic_id, clinicA.id);
    assert.equal(a.status, 'registered');
    assert.equal(a.reason, null);
    assert.equal(ms(a.start), start);
    assert.equal(ms(a.end), start + 30 * MIN);
    assert.match(a.start, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
    assert.equal(a.patient_name, patient1.name);
    assert.equal(a.doctor_name, doc2.full_name);
    assert.equal(a.room_code, roomA1.code);
    assert.equal(a.practice_name, practice.name);

    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secA.token });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.json, a);
  });

  test('an explicit end is kept; any offset is accepted', async () => {
    const start = freshHour();
    const a = await bookOk(bookingBody(start, { end: iso(start + 45 * MIN) }));
    assert.equal(ms(a.end), start + 45 * MIN);
    // The same instant written at -03:00.
    const s2 = freshHour();
    const local = new Date(s2 - 3 * HOUR).toISOString().replace(/\.\d{3}Z$/, '-03:00');
    const b = await bookOk(bookingBody(s2, { start: local }));
    assert.equal(ms(b.start), s2);
    assert.equal(ms(b.end), s2 + 30 * MIN);
  });

  test('a patient books for themself: 201', async () => {
    const a = await bookOk(bookingBody(freshHour()), patient1.token);
    assert.equal(a.patient_id, patient1.id);
    assert.equal(a.status, 'registered');
  });

  test('a patient booking for someone else is 404 on patient_id: they cannot see that patient', async () => {
    const res = await book(bookingBody(freshHour(), { patient_id: patient2.id }), patient1.token);
    assertProblem(res, 404);
    assert.equal(res.json.errors?.[0]?.field, 'patient_id', res.text);
  });

  test('a secretary booking outside her clinics is 422 on room_id', async () => {
    // Valid in every other way at clinic B (09:00 local = 12:00 UTC).
    const body = bookingBody(dayB(dayBCounter++, 12), { doctor_id: doc3.doctor_id, room_id: roomB1.id });
    assertInvalid(await book(body, secA.token), 'room_id');
    // Her colleague at B does not see a patient of clinic A: 404, and nothing is booked.
    const unseen = await book(body, secB.token);
    assertProblem(unseen, 404);
    assert.equal(unseen.json.errors?.[0]?.field, 'patient_id', unseen.text);
    // Once she has linked the patient at the front desk (document and birth date), she can.
    const link = await api('POST', '/api/v1/patient-links', {
      token: secB.token, body: { document_number: patient1.document_number, birth_date: '1980-05-17' },
    });
    assert.equal(link.status, 200, link.text);
    const a = await bookOk(body, secB.token);
    assert.equal(a.clinic_id, clinicB.id);
  });

  test('admin and doctors may not book: 403; without a token 401', async () => {
    const body = bookingBody(freshHour());
    assertProblem(await book(body, admin), 403);
    assertProblem(await book(body, doc2.token), 403);
    assertProblem(await book(body, doc1.token), 403);
    assertProblem(await api('POST', '/api/v1/appointments', { body }), 401);
    // Nothing was booked: the slot is still free.
    await bookOk(body);
  });

  test('a start in the past is 422 on start', async () => {
    assertInvalid(await book(bookingBody(Date.now() - 2 * HOUR)), 'start');
    assertInvalid(await book(bookingBody(DAY0 - 400 * 24 * HOUR)), 'start');
  });

  test('a start that is not RFC 3339 with offset is 422 on start', async () => {
    const d = iso(freshHour());
    // Shaped like a timestamp but no such date or hour (Feb 30, year 0, hour 25) included.
    const bad = ['tomorrow', '', d.slice(0, 10), d.slice(0, -1), d.replace('T', ' ').replace('Z', ''), '2031-02-30T10:00:00Z',
      '0000-01-01T10:00:00Z', '2031-01-01T25:00:00Z', '2031-13-01T10:00:00Z', 20310101];
    const wrong = [];
    for (const start of bad) {
      const res = await book(bookingBody(0, { start }));
      if (res.status !== 422 || !res.json?.errors?.some((e) => e.field === 'start')) wrong.push(`start ${JSON.stringify(start)}: ${res.status} ${res.text}`);
      const withEnd = await book(bookingBody(freshHour(), { end: start }));
      if (withEnd.status !== 422 || !withEnd.json?.errors?.some((e) => e.field === 'end')) wrong.push(`end ${JSON.stringify(start)}: ${withEnd.status} ${withEnd.text}`);
    }
    assert.deepEqual(wrong, [], 'every bad timestamp is 422 naming the field');
  });

  test('an end not after the start is 422 on end; a malformed end too', async () => {
    const start = freshHour();
    assertInvalid(await book(bookingBody(start, { end: iso(start - 30 * MIN) })), 'end');
    assertInvalid(await book(bookingBody(start, { end: iso(start) })), 'end');
    assertInvalid(await book(bookingBody(start, { end: 'later' })), 'end');
    await bookOk(bookingBody(start, { end: iso(start + 5 * MIN) }));
  });

  test('outside the doctor\'s weekly hours (in the clinic\'s time zone) is 422 on start', async () => {
    // doc3 works at clinic B 09:00-12:00 Buenos Aires time = 12:00-15:00 UTC.
    const n = dayBCounter++;
    const at = (hh, mm, token = secB.token, extra = {}) => book({
      patient_id: patient2.id, doctor_id: doc3.doctor_id, room_id: roomB1.id, practice_id: practice.id, start: iso(dayB(n, hh, mm)), ...extra,
    }, token);
    assertInvalid(await at(9, 0), 'start'); // 06:00 local: the hour is right in UTC, wrong in the clinic
    assertInvalid(await at(11, 45), 'start'); // 08:45 local
    assertInvalid(await at(14, 45), 'start'); // 11:45-12:15 local: ends after the block
    assertInvalid(await at(15, 0), 'start'); // 12:00 local
    assertInvalid(await at(13, 0, secB.token, { end: iso(dayB(n, 16)) }), 'start'); // runs past 12:00 local
    const first = await at(12, 0); // 09:00 local
    assert.equal(first.status, 201, first.text);
    const last = await at(14, 30); // 11:30-12:00 local: ends exactly at the end of the block
    assert.equal(last.status, 201, last.text);
    // doc1 works at clinic B too, but has no hours there.
    assertInvalid(await at(13, 0, secB.token, { doctor_id: doc1.doctor_id, patient_id: patient3.id }), 'start');
  });

  test('a room in a clinic where the doctor does not work is 422 on room_id', async () => {
    assertInvalid(await book(bookingBody(dayB(dayBCounter++, 12), { room_id: roomB1.id }), secB.token), 'room_id');
  });

  test('a practice not offered at the room\'s clinic is 422 on practice_id', async () => {
    assertInvalid(await book(bookingBody(freshHour(), { practice_id: practiceBOnly.id })), 'practice_id');
    assertInvalid(await book(bookingBody(freshHour(), { practice_id: 987654321 })), 'practice_id');
  });

  test('an inactive or unknown doctor is 422 on doctor_id; an inactive or unknown room on room_id', async () => {
    const start = freshHour();
    assertInvalid(await book(bookingBody(start, { doctor_id: docGone.doctor_id })), 'doctor_id');
    assertInvalid(await book(bookingBody(start, { doctor_id: 987654321 })), 'doctor_id');
    assertInvalid(await book(bookingBody(start, { room_id: roomA3.id })), 'room_id');
    assertInvalid(await book(bookingBody(start, { room_id: 987654321 })), 'room_id');
    const unknown = await book(bookingBody(start, { patient_id: 987654321 }));
    assertProblem(unknown, 404); // an unknown patient and one the caller may not see answer alike
    assert.equal(unknown.json.errors?.[0]?.field, 'patient_id', unknown.text);
  });

  test('missing or mistyped fields are 422 naming them; bad JSON 400; wrong content type 415', async () => {
    assertInvalid(await book({}), 'patient_id', 'doctor_id', 'room_id', 'practice_id', 'start');
    const body = bookingBody(freshHour());
    for (const f of ['patient_id', 'doctor_id', 'room_id', 'practice_id', 'start']) {
      const { [f]: _omit, ...rest } = body;
      assertInvalid(await book(rest), f);
    }
    assertInvalid(await book({ ...body, doctor_id: 'dos' }), 'doctor_id');
    assertInvalid(await book({ ...body, room_id: 1.5 }), 'room_id');
    assertProblem(await api('POST', '/api/v1/appointments', { token: secA.token, rawBody: '{"patient_id":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/appointments', { token: secA.token, rawBody: JSON.stringify(body), headers: { 'content-type': 'text/plain' } }), 415);
  });
});

describe('overlaps', () => {
  test('the doctor, the room or the patient already booked then is 409 naming doctor_id, room_id or patient_id', async () => {
    const start = freshHour();
    const first = await bookOk(bookingBody(start)); // doc2, A1, patient1
    // Same doctor, 15 minutes later, another room and patient.
    assertConflict(await book(bookingBody(start + 15 * MIN, { room_id: roomA2.id, patient_id: patient2.id })), 'doctor_id');
    // Same room, another doctor and patient.
    assertConflict(await book(bookingBody(start + 15 * MIN, { doctor_id: doc1.doctor_id, patient_id: patient2.id })), 'room_id');
    // Same patient, another doctor and room; an appointment around the first one.
    assertConflict(await book(bookingBody(start - 10 * MIN, { doctor_id: doc1.doctor_id, room_id: roomA2.id, end: iso(start + 40 * MIN) })), 'patient_id');
    // An identical request.
    const again = await book(bookingBody(start));
    assertProblem(again, 409);
    assert.ok(['doctor_id', 'room_id', 'patient_id'].includes(again.json.errors?.[0]?.field), again.text);
    // Only the first one exists.
    const list = await listAll('/api/v1/appointments', { from: iso(start - 30 * MIN), to: iso(start + HOUR), clinic_id: String(clinicA.id) }, secA.token);
    assert.deepEqual(list.filter((a) => [doc1.doctor_id, doc2.doctor_id].includes(a.doctor_id)).map((a) => a.id), [first.id]);
  });

  test('back-to-back slots are fine', async () => {
    const start = freshHour() + 15 * MIN; // all three inside this test's hour
    await bookOk(bookingBody(start, { end: iso(start + 15 * MIN) }));
    await bookOk(bookingBody(start + 15 * MIN)); // starts when the first ends
    await bookOk(bookingBody(start - 15 * MIN, { end: iso(start) })); // ends when the first starts
  });

  test('after a cancellation the slot can be booked again', async () => {
    const start = freshHour();
    const first = await bookOk(bookingBody(start));
    assertConflict(await book(bookingBody(start, { room_id: roomA2.id, patient_id: patient2.id })), 'doctor_id');
    await setStatusOk(first.id, 'cancelled', { reason: 'El paciente viaja' });
    const second = await bookOk(bookingBody(start, { room_id: roomA2.id, patient_id: patient2.id }));
    assert.notEqual(second.id, first.id);
    // And the first patient may book the same time elsewhere.
    await bookOk(bookingBody(start, { doctor_id: doc1.doctor_id }));
  });

  test('500 concurrent bookings of one slot: exactly one 201, 499 409s, no 5xx, within seconds', async () => {
    const start = freshHour();
    const rooms = [roomA1.id, roomA2.id];
    const patients = [patient1.id, patient2.id, patient3.id];
    const bodies = Array.from({ length: 500 }, (_, i) => bookingBody(start, { room_id: rooms[i % 2], patient_id: patients[i % 3] }));
    const began = Date.now();
    const results = await Promise.all(bodies.map((body) => book(body)));
    const seconds = (Date.now() - began) / 1000;
    console.log(`500 concurrent bookings of one slot answered in ${seconds} s`);
    assert.ok(seconds < 60, `a hang guard: ${seconds} s`);
    const codes = results.map((r) => r.status);
    assert.deepEqual(codes.filter((c) => c >= 500), [], `no 5xx: ${results.filter((r) => r.status >= 500).map((r) => r.text).join('\n')}`);
    assert.equal(codes.filter((c) => c === 201).length, 1, `one 201: ${JSON.stringify(codes)}`);
    assert.equal(codes.filter((c) => c === 409).length, 499, `499 409s: ${JSON.stringify(codes)}`);
    for (const r of results.filter((x) => x.status === 409)) {
      assertProblem(r, 409);
      assert.ok(['doctor_id', 'room_id', 'patient_id'].includes(r.json.errors?.[0]?.field), r.text);
    }
    const winner = results.find((r) => r.status === 201).json;
    const list = await listAll('/api/v1/appointments', { doctor_id: String(doc2.doctor_id), from: iso(start), to: iso(start + HOUR) }, secA.token);
    assert.deepEqual(list.map((a) => a.id), [winner.id]);
  });
});

// ---- states -----------------------------------------------------------------------------

// From each state reachable through the API, the way there and the states it may go to.
const PATHS = {
  registered: [],
  confirmed: ['confirmed'],
  waiting: ['confirmed', 'waiting'],
  in_progress: ['confirmed', 'waiting', 'in_progress'],
  finished: ['confirmed', 'waiting', 'in_progress', 'finished'],
  cancelled: ['cancelled'],
};
const ALLOWED = {
  registered: ['confirmed', 'cancelled'], // no_show only once the start has passed
  confirmed: ['waiting', 'cancelled'],
  waiting: ['in_progress', 'cancelled'],
  in_progress: ['finished'],
  finished: [],
  cancelled: [],
  no_show: [],
};
const REASON = 'Motivo de prueba';

/** A booking at clinic T later today (patientT, docT, room T-101), one minute long. */
function todayBody() {
  const start = freshToday();
  return { patient_id: patientT.id, doctor_id: docT.doctor_id, room_id: roomT1.id, practice_id: practice.id, start: iso(start), end: iso(start + MIN) };
}

/** A turno of later today at clinic T walked to `state` by its secretary (and doctor). */
async function appointmentIn(state) {
  const a = await bookOk(todayBody(), secT.token);
  for (const s of PATHS[state]) {
    await setStatusOk(a.id, s, { token: ['in_progress', 'finished'].includes(s) ? docT.token : secT.token, ...(s === 'cancelled' ? { reason: REASON } : {}) });
  }
  return a;
}

// Two turnos that start a couple of seconds after they are booked, so no_show can be
// tried once the start has passed (the test is the last of the file, so it rarely waits).
let soon;

describe('POST /api/v1/appointments/{id}/status', () => {
  before(async () => {
    const start = startAhead(2000, MIN);
    soon = {
      start,
      registered: await bookOk(bookingBody(start, { end: iso(start + MIN) })),
      confirmed: await bookOk(bookingBody(start, { end: iso(start + MIN), room_id: roomA2.id, doctor_id: doc1.doctor_id, patient_id: patient2.id })),
    };
    await setStatusOk(soon.confirmed.id, 'confirmed');
  });

  for (const from of Object.keys(PATHS)) {
    test(`from ${from}: ${STATUSES.map((to) => `${to} ${ALLOWED[from].includes(to) ? '200' : '409'}`).join(', ')}`, async () => {
      const a = await appointmentIn(from);
      // Refused ones first: each is 409 and leaves the turno as it was.
      for (const to of STATUSES.filter((s) => !ALLOWED[from].includes(s))) {
        const res = await setStatus(a.id, to, { reason: REASON, token: secT.token });
        assertProblem(res, 409);
        const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secT.token });
        assert.equal(got.json.status, from, `${from} → ${to} refused, still ${from}`);
      }
      // Then each allowed one, on a turno of its own.
      for (const [i, to] of ALLOWED[from].entries()) {
        const target = i === 0 ? a : await appointmentIn(from);
        const token = ['in_progress', 'finished'].includes(to) ? docT.token : secT.token;
        const res = await setStatus(target.id, to, { token, ...(to === 'cancelled' ? { reason: REASON } : {}) });
        assert.equal(res.status, 200, `${from} → ${to}: ${res.status} ${res.text}`);
        assert.equal(res.json.status, to);
        assert.equal(res.json.id, target.id);
        if (to === 'cancelled') assert.equal(res.json.reason, REASON);
        const got = await api('GET', `/api/v1/appointments/${target.id}`, { token: secT.token });
        assert.equal(got.json.status, to);
      }
    });
  }

  test('cancelling needs a reason: 422 on reason, and the turno stays as it was', async () => {
    for (const from of ['registered', 'confirmed', 'waiting']) {
      const a = await appointmentIn(from);
      assertInvalid(await setStatus(a.id, 'cancelled', { token: secT.token }), 'reason');
      assertInvalid(await setStatus(a.id, 'cancelled', { reason: '   ', token: secT.token }), 'reason');
      const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secT.token });
      assert.equal(got.json.status, from);
    }
  });

  test('a bad status is 422 on status; bad JSON 400; unknown ids 404', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    assertInvalid(await setStatus(a.id, 'done'), 'status');
    assertInvalid(await api('POST', `/api/v1/appointments/${a.id}/status`, { token: secA.token, body: {} }), 'status');
    assertProblem(await api('POST', `/api/v1/appointments/${a.id}/status`, { token: secA.token, rawBody: '{"status":', headers: JSON_CT }), 400);
    for (const id of ['987654321', 'abc', '0']) assertProblem(await setStatus(id, 'confirmed'), 404);
    assertProblem(await api('POST', `/api/v1/appointments/${a.id}/status`, { body: { status: 'confirmed' } }), 401);
  });

  test('a doctor moves their own turnos to waiting, in_progress and finished, nothing else: 403', async () => {
    const a = await bookOk(todayBody(), secT.token);
    assertProblem(await setStatus(a.id, 'confirmed', { token: docT.token }), 403);
    await setStatusOk(a.id, 'confirmed', { token: secT.token });
    assertProblem(await setStatus(a.id, 'cancelled', { token: docT.token, reason: REASON }), 403);
    assertProblem(await setStatus(a.id, 'no_show', { token: docT.token }), 403);
    await setStatusOk(a.id, 'waiting', { token: docT.token });
    await setStatusOk(a.id, 'in_progress', { token: docT.token });
    await setStatusOk(a.id, 'finished', { token: docT.token });
    // Allowed kinds of move, but not the allowed order: 409.
    const b = await bookOk(bookingBody(freshHour()));
    assertProblem(await setStatus(b.id, 'in_progress', { token: doc2.token }), 409);
    // Another doctor's turno does not exist for them.
    const c = await bookOk(bookingBody(freshHour()));
    await setStatusOk(c.id, 'confirmed');
    assertProblem(await setStatus(c.id, 'waiting', { token: doc1.token }), 404);
    assertProblem(await api('GET', `/api/v1/appointments/${c.id}`, { token: doc1.token }), 404);
    assertProblem(await api('GET', `/api/v1/appointments/${c.id}/history`, { token: doc1.token }), 404);
  });

  test('a patient only cancels their own turnos (403 otherwise), not within 120 minutes of the start (409)', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    for (const to of ['confirmed', 'waiting', 'in_progress', 'finished', 'no_show']) {
      assertProblem(await setStatus(a.id, to, { token: patient1.token }), 403);
    }
    const cancelled = await setStatusOk(a.id, 'cancelled', { token: patient1.token, reason: 'No puedo ir' });
    assert.equal(cancelled.reason, 'No puedo ir');
    // Someone else's turno: not found.
    const other = await bookOk(bookingBody(freshHour(), { patient_id: patient2.id }));
    assertProblem(await setStatus(other.id, 'cancelled', { token: patient1.token, reason: 'x' }), 404);
    assertProblem(await api('GET', `/api/v1/appointments/${other.id}`, { token: patient1.token }), 404);
    // About 70 minutes ahead: too close.
    const near = await bookOk(bookingBody(startAhead(70 * MIN, 30 * MIN), { patient_id: patient1.id, doctor_id: doc1.doctor_id, room_id: roomA2.id }));
    assertProblem(await setStatus(near.id, 'cancelled', { token: patient1.token, reason: 'Me surgió algo' }), 409);
    const still = await api('GET', `/api/v1/appointments/${near.id}`, { token: patient1.token });
    assert.equal(still.json.status, 'registered');
    // The clinic still can.
    await setStatusOk(near.id, 'cancelled', { reason: 'Llamó por teléfono' });
  });

  test('arrival, calling in and finishing only on the turno\'s day at its clinic: 409 naming status, the turno unchanged', async () => {
    // 40 days ahead at clinic A: confirming and cancelling are fine, arriving is not.
    const ahead = await bookOk(bookingBody(freshHour()));
    await setStatusOk(ahead.id, 'confirmed');
    for (const [to, token] of [['waiting', secA.token], ['waiting', doc2.token]]) {
      const res = await setStatus(ahead.id, to, { token });
      assertConflict(res, 'status');
      assert.match(res.json.detail, /day/, res.text);
    }
    assert.equal((await api('GET', `/api/v1/appointments/${ahead.id}`, { token: secA.token })).json.status, 'confirmed');
    // Tomorrow at clinic T (local), even if only hours away: still not today.
    const tomorrowStart = Date.now() + 16 * HOUR;
    const tomorrow = await bookOk({ ...todayBody(), start: iso(Math.ceil(tomorrowStart / MIN) * MIN), end: iso(Math.ceil(tomorrowStart / MIN) * MIN + MIN) }, secT.token);
    await setStatusOk(tomorrow.id, 'confirmed', { token: secT.token });
    assertConflict(await setStatus(tomorrow.id, 'waiting', { token: secT.token }), 'status');
    // Later today at clinic T: the patient arrives early, the doctor calls them in before the start.
    const today = await appointmentIn('confirmed');
    await setStatusOk(today.id, 'waiting', { token: secT.token });
    await setStatusOk(today.id, 'in_progress', { token: docT.token });
    await setStatusOk(today.id, 'finished', { token: docT.token });
    await setStatusOk(ahead.id, 'cancelled', { reason: REASON });
  });

  test('the admin reads but may not change a status: 403', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: admin });
    assert.equal(got.status, 200, got.text);
    assertProblem(await setStatus(a.id, 'confirmed', { token: admin }), 403);
    assertProblem(await setStatus(a.id, 'cancelled', { token: admin, reason: REASON }), 403);
  });

  test('a secretary of another clinic does not see the turno: 404', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    assertProblem(await setStatus(a.id, 'confirmed', { token: secB.token }), 404);
    assertProblem(await api('GET', `/api/v1/appointments/${a.id}`, { token: secB.token }), 404);
    assertProblem(await api('GET', `/api/v1/appointments/${a.id}/history`, { token: secB.token }), 404);
  });
});

describe('GET /api/v1/appointments/{id}/history', () => {
  test('every change is an event, oldest first, with who, from, to and reason', async () => {
    const a = await bookOk({ ...todayBody(), patient_id: patient1.id }, secT.token);
    await setStatusOk(a.id, 'confirmed', { token: secT.token });
    await setStatusOk(a.id, 'waiting', { token: docT.token });
    await setStatusOk(a.id, 'cancelled', { reason: 'Se descompuso', token: secT.token });
    for (const token of [secT.token, admin, docT.token, patient1.token]) {
      const events = await history(a.id, token);
      assert.deepEqual(events.map((e) => [e.kind, e.from_status, e.to_status, e.actor_user_id, e.reason]), [
        ['created', null, 'registered', secT.id, null],
        ['status', 'registered', 'confirmed', secT.id, null],
        ['status', 'confirmed', 'waiting', docT.id, null],
        ['status', 'waiting', 'cancelled', secT.id, 'Se descompuso'],
      ]);
      assert.equal(events[2].actor_name, docT.full_name);
      assert.equal(events[0].actor_name, secT.user.full_name);
      const ids = events.map((e) => e.id);
      assert.deepEqual(ids, sorted(ids), 'ids grow');
      const times = events.map((e) => ms(e.occurred_at));
      assert.deepEqual(times, [...times].sort((x, y) => x - y), 'oldest first');
      assert.ok(times.every((t) => Math.abs(t - Date.now()) < 10 * MIN), 'occurred just now');
    }
  });

  test('a booking by the patient names the patient as the actor', async () => {
    const a = await bookOk(bookingBody(freshHour()), patient1.token);
    const [created] = await history(a.id, patient1.token);
    assert.equal(created.kind, 'created');
    assert.equal(created.actor_user_id, patient1.user_id);
  });

  test('unknown ids are 404', async () => {
    for (const id of ['987654321', 'abc']) assertProblem(await api('GET', `/api/v1/appointments/${id}/history`, { token: admin }), 404);
  });
});

// ---- reschedule -------------------------------------------------------------------------

describe('PATCH /api/v1/appointments/{id} (reschedule)', () => {
  const move = (id, body, token = secA.token) => api('PATCH', `/api/v1/appointments/${id}`, { token, body });

  test('a new start keeps the id and status, takes the practice duration, and adds a rescheduled event', async () => {
    const from = freshHour();
    const a = await bookOk(bookingBody(from));
    await setStatusOk(a.id, 'confirmed');
    const to = freshHour() + 15 * MIN;
    const res = await move(a.id, { start: iso(to) });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.id, a.id);
    assert.equal(res.json.status, 'confirmed');
    assert.equal(ms(res.json.start), to);
    assert.equal(ms(res.json.end), to + 30 * MIN);
    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secA.token });
    assert.deepEqual(got.json, res.json);
    const events = await history(a.id);
    assert.deepEqual(events.map((e) => e.kind), ['created', 'status', 'rescheduled']);
    const ev = events[2];
    assert.equal(ev.actor_user_id, secA.id);
    assert.equal(typeof ev.details, 'object');
    assert.ok(ev.details && ev.details.from && ev.details.to, `details from/to: ${JSON.stringify(ev.details)}`);
    assert.equal(ms(ev.details.from.start), from);
    assert.equal(ms(ev.details.to.start), to);
    // The old slot is free again.
    await bookOk(bookingBody(from, { patient_id: patient2.id }));
  });

  test('moving by a few minutes may overlap its own old slot', async () => {
    const start = freshHour();
    const a = await bookOk(bookingBody(start));
    const res = await move(a.id, { start: iso(start + 10 * MIN) });
    assert.equal(res.status, 200, res.text);
    assert.equal(ms(res.json.end), start + 40 * MIN);
  });

  test('another room or doctor keeps the times; an explicit end is kept', async () => {
    const start = freshHour();
    const a = await bookOk(bookingBody(start, { end: iso(start + 20 * MIN) }));
    const r1 = await move(a.id, { room_id: roomA2.id });
    assert.equal(r1.status, 200, r1.text);
    assert.equal(r1.json.room_id, roomA2.id);
    assert.equal(r1.json.room_code, roomA2.code);
    assert.equal(ms(r1.json.start), start);
    assert.equal(ms(r1.json.end), start + 20 * MIN);
    const r2 = await move(a.id, { doctor_id: doc1.doctor_id });
    assert.equal(r2.status, 200, r2.text);
    assert.equal(r2.json.doctor_id, doc1.doctor_id);
    assert.equal(r2.json.doctor_name, doc1.full_name);
    assert.equal(ms(r2.json.end), start + 20 * MIN);
    const r3 = await move(a.id, { start: iso(start + 5 * MIN), end: iso(start + 50 * MIN) });
    assert.equal(r3.status, 200, r3.text);
    assert.equal(ms(r3.json.end), start + 50 * MIN);
    const events = await history(a.id);
    assert.deepEqual(events.map((e) => e.kind), ['created', 'rescheduled', 'rescheduled', 'rescheduled']);
    assert.equal(events[1].details.to.room_id, roomA2.id);
    assert.equal(events[2].details.to.doctor_id, doc1.doctor_id);
  });

  test('a taken slot is 409 naming the doctor, the room or the patient; nothing moves', async () => {
    const start = freshHour();
    const other = freshHour();
    await bookOk(bookingBody(other, { patient_id: patient2.id, room_id: roomA2.id })); // doc2, A2, patient2
    const a = await bookOk(bookingBody(start, { patient_id: patient1.id, doctor_id: doc1.doctor_id, room_id: roomA1.id }));
    assertConflict(await move(a.id, { start: iso(other), room_id: roomA2.id }), 'room_id');
    assertConflict(await move(a.id, { start: iso(other), doctor_id: doc2.doctor_id }), 'doctor_id');
    const mine = freshHour();
    await bookOk(bookingBody(mine, { patient_id: patient1.id, doctor_id: doc2.doctor_id, room_id: roomA2.id }));
    assertConflict(await move(a.id, { start: iso(mine + 10 * MIN) }), 'patient_id');
    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secA.token });
    assert.equal(ms(got.json.start), start);
    assert.equal(got.json.room_id, roomA1.id);
    assert.equal(got.json.doctor_id, doc1.doctor_id);
    assert.deepEqual((await history(a.id)).map((e) => e.kind), ['created']);
  });

  test('the booking checks apply: 422 on start, end, room_id, doctor_id', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    assertInvalid(await move(a.id, { start: iso(Date.now() - HOUR) }), 'start');
    assertInvalid(await move(a.id, { start: 'soon' }), 'start');
    assertInvalid(await move(a.id, { start: '2031-02-30T10:00:00Z' }), 'start');
    assertInvalid(await move(a.id, { end: iso(ms(a.start) - MIN) }), 'end');
    assertInvalid(await move(a.id, { room_id: roomB1.id }), 'room_id'); // doc2 does not work at B
    assertInvalid(await move(a.id, { room_id: roomA3.id }), 'room_id'); // inactive
    assertInvalid(await move(a.id, { doctor_id: docGone.doctor_id }), 'doctor_id');
    assertInvalid(await move(a.id, { doctor_id: 987654321 }), 'doctor_id');
    // A room at B for a doctor who works there, but the secretary works at A only.
    const n = dayBCounter++;
    assertInvalid(await move(a.id, { doctor_id: doc3.doctor_id, room_id: roomB1.id, start: iso(dayB(n, 12)) }), 'room_id');
    // Outside doc3's hours at B.
    assertInvalid(await move(a.id, { doctor_id: doc3.doctor_id, room_id: roomB1.id, start: iso(dayB(n, 9)) }), 'start');
    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secA.token });
    assert.deepEqual(got.json, a);
  });

  test('an empty body is 422; bad JSON 400; unknown ids 404', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    const res = await move(a.id, {});
    assertProblem(res, 422);
    assert.ok(Array.isArray(res.json.errors) && res.json.errors.length > 0, res.text);
    assertInvalid(await move(a.id, { room_id: 'A-102' }), 'room_id');
    assertProblem(await api('PATCH', `/api/v1/appointments/${a.id}`, { token: secA.token, rawBody: '{"start":', headers: JSON_CT }), 400);
    for (const id of ['987654321', 'abc']) assertProblem(await move(id, { start: iso(freshHour()) }), 404);
  });

  test('only registered or confirmed turnos move: 409 otherwise', async () => {
    for (const state of ['waiting', 'in_progress', 'finished', 'cancelled']) {
      const a = await appointmentIn(state);
      assertProblem(await move(a.id, { start: iso(freshToday()) }, secT.token), 409);
      assertProblem(await move(a.id, { room_id: roomA2.id }, secT.token), 409);
    }
  });

  test('only secretaries of the clinic (and the turno\'s patient, tests/api/patient-turnos) reschedule: admin, doctor 403; another clinic 404', async () => {
    const a = await bookOk(bookingBody(freshHour()));
    const body = { start: iso(freshHour()) };
    assertProblem(await move(a.id, body, admin), 403);
    assertProblem(await move(a.id, body, doc2.token), 403);
    assertProblem(await move(a.id, body, secB.token), 404);
    assertProblem(await move(a.id, body, doc1.token), 404);
    assertProblem(await api('PATCH', `/api/v1/appointments/${a.id}`, { body }), 401);
    const got = await api('GET', `/api/v1/appointments/${a.id}`, { token: secA.token });
    assert.deepEqual(got.json, a);
  });
});

// ---- the agenda -------------------------------------------------------------------------

describe('GET /api/v1/appointments', () => {
  // A day of its own: booked out of order so ids and starts disagree.
  let t0;
  let atA; // by start
  let atB;
  let nB;
  before(async () => {
    t0 = freshHour();
    for (let i = 0; i < 5; i += 1) freshHour(); // t0 .. t0+6h are this block's
    const plan = [
      [4 * HOUR, { doctor_id: doc2.doctor_id, room_id: roomA1.id, patient_id: patient1.id }],
      [1 * HOUR, { doctor_id: doc1.doctor_id, room_id: roomA2.id, patient_id: patient2.id }],
      [3 * HOUR, { doctor_id: doc1.doctor_id, room_id: roomA1.id, patient_id: patient1.id }],
      [0, { doctor_id: doc2.doctor_id, room_id: roomA1.id, patient_id: patient3.id }],
      [2 * HOUR, { doctor_id: doc2.doctor_id, room_id: roomA2.id, patient_id: patient2.id }],
      [5 * HOUR, { doctor_id: doc1.doctor_id, room_id: roomA2.id, patient_id: patient1.id }],
      [1 * HOUR, { doctor_id: doc2.doctor_id, room_id: roomA1.id, patient_id: patient1.id }], // same start as another
    ];
    const made = [];
    for (const [off, who] of plan) made.push(await bookOk(bookingBody(t0 + off, who)));
    await setStatusOk(made[2].id, 'confirmed');
    await setStatusOk(made[4].id, 'cancelled', { reason: REASON });
    atA = [...made].sort((x, y) => ms(x.start) - ms(y.start) || x.id - y.id);
    // Two at clinic B on a day of their own (10:00 and 09:30 local).
    nB = dayBCounter++;
    atB = [];
    for (const [hh, mm] of [[13, 0], [12, 30]]) {
      atB.push(await bookOk({ patient_id: patient2.id, doctor_id: doc3.doctor_id, room_id: roomB1.id, practice_id: practice.id, start: iso(dayB(nB, hh, mm)) }, secB.token));
    }
    atB.sort((x, y) => ms(x.start) - ms(y.start));
  });

  const window = () => ({ from: iso(t0), to: iso(t0 + 6 * HOUR) });
  const bWindow = () => ({ from: iso(dayB(nB, 0)), to: iso(dayB(nB + 1, 0)) });
  const idsOf = (items) => items.map((a) => a.id);

  test('ordered by start (then id), same pages with any limit, next_cursor null at the end', async () => {
    const all = await listAll('/api/v1/appointments', { ...window(), clinic_id: String(clinicA.id) }, secA.token);
    assert.deepEqual(idsOf(all), idsOf(atA));
    for (const a of all) for (const f of APPOINTMENT_FIELDS) assert.ok(f in a, `field ${f}`);
    for (const limit of [1, 2, 3]) {
      const paged = await listAll('/api/v1/appointments', { ...window(), clinic_id: String(clinicA.id) }, secA.token, limit);
      assert.deepEqual(idsOf(paged), idsOf(atA), `limit ${limit}`);
    }
    const first = await api('GET', `/api/v1/appointments?${new URLSearchParams({ ...window(), clinic_id: String(clinicA.id), limit: '3' })}`, { token: secA.token });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.items.length, 3);
    assert.equal(typeof first.json.next_cursor, 'string');
    const one = await api('GET', `/api/v1/appointments?${new URLSearchParams({ ...window(), clinic_id: String(clinicA.id), limit: '200' })}`, { token: secA.token });
    assert.equal(one.json.next_cursor, null);
    assert.deepEqual(one.json.items.find((a) => a.id === atA[0].id), (await api('GET', `/api/v1/appointments/${atA[0].id}`, { token: secA.token })).json);
  });

  test('filters: doctor_id, patient_id, room_id, clinic_id, status, from, to', async () => {
    const q = (extra, token = admin) => listAll('/api/v1/appointments', { ...window(), ...extra }, token, 2);
    const pick = (pred) => idsOf(atA.filter(pred));
    assert.deepEqual(idsOf(await q({ doctor_id: String(doc2.doctor_id) })), pick((a) => a.doctor_id === doc2.doctor_id));
    assert.deepEqual(idsOf(await q({ patient_id: String(patient1.id), clinic_id: String(clinicA.id) })), pick((a) => a.patient_id === patient1.id));
    assert.deepEqual(idsOf(await q({ room_id: String(roomA2.id) })), pick((a) => a.room_id === roomA2.id));
    const cancelled = await q({ status: 'cancelled', clinic_id: String(clinicA.id) });
    assert.equal(cancelled.length, 1);
    assert.ok(cancelled.every((a) => a.status === 'cancelled'));
    const confirmed = await q({ status: 'confirmed', clinic_id: String(clinicA.id) });
    assert.equal(confirmed.length, 1);
    assert.equal(confirmed[0].status, 'confirmed');
    const registered = await q({ status: 'registered', clinic_id: String(clinicA.id) });
    assert.equal(registered.length, atA.length - 2);
    // from is inclusive, to exclusive, on the start.
    const mid = await q({ from: iso(t0 + HOUR), to: iso(t0 + 3 * HOUR), clinic_id: String(clinicA.id) });
    assert.deepEqual(idsOf(mid), pick((a) => ms(a.start) >= t0 + HOUR && ms(a.start) < t0 + 3 * HOUR));
    assert.equal(mid.length, 3);
    assert.deepEqual(idsOf(await q({ ...bWindow(), clinic_id: String(clinicB.id) })), idsOf(atB));
    // Filters combine.
    assert.deepEqual(idsOf(await q({ doctor_id: String(doc1.doctor_id), room_id: String(roomA2.id) })),
      pick((a) => a.doctor_id === doc1.doctor_id && a.room_id === roomA2.id));
  });

  test('scope: a secretary sees her clinics, a doctor and a patient their own, the admin all', async () => {
    // The whole future of this run's fixtures, and each test day on its own.
    const wide = { from: iso(DAY0 - 24 * HOUR), to: iso(DAY0 + 400 * 24 * HOUR) };
    const bOnly = await listAll('/api/v1/appointments', wide, secB.token);
    assert.ok(bOnly.length > 0 && bOnly.every((a) => a.clinic_id === clinicB.id), 'secretary of B sees B only');
    assert.deepEqual(idsOf(await listAll('/api/v1/appointments', bWindow(), secB.token)), idsOf(atB));
    assert.deepEqual(await listAll('/api/v1/appointments', window(), secB.token), []);
    const aOnly = await listAll('/api/v1/appointments', wide, secA.token);
    assert.ok(aOnly.every((a) => a.clinic_id === clinicA.id));
    assert.deepEqual(idsOf(await listAll('/api/v1/appointments', window(), secA.token)), idsOf(atA));
    assert.deepEqual(await listAll('/api/v1/appointments', bWindow(), secA.token), []);
    // Asking for the other clinic gives nothing, not an error.
    assert.deepEqual(await listAll('/api/v1/appointments', { ...wide, clinic_id: String(clinicB.id) }, secA.token), []);

    const mine = await listAll('/api/v1/appointments', wide, doc2.token);
    assert.ok(mine.length > 0 && mine.every((a) => a.doctor_id === doc2.doctor_id), 'doctor sees own');
    assert.deepEqual(await listAll('/api/v1/appointments', { ...wide, doctor_id: String(doc1.doctor_id) }, doc2.token), []);
    assert.deepEqual(idsOf(await listAll('/api/v1/appointments', window(), doc1.token)), idsOf(atA.filter((a) => a.doctor_id === doc1.doctor_id)));
    assert.deepEqual(await listAll('/api/v1/appointments', bWindow(), doc1.token), []);
    assert.deepEqual(idsOf(await listAll('/api/v1/appointments', bWindow(), doc3.token)), idsOf(atB));

    const own = await listAll('/api/v1/appointments', wide, patient1.token);
    assert.ok(own.length > 0 && own.every((a) => a.patient_id === patient1.id), 'patient sees own');
    assert.deepEqual(idsOf(await listAll('/api/v1/appointments', window(), patient1.token)), idsOf(atA.filter((a) => a.patient_id === patient1.id)));
    assert.deepEqual(await listAll('/api/v1/appointments', { ...wide, patient_id: String(patient2.id) }, patient1.token), []);

    const everything = await listAll('/api/v1/appointments', wide, admin);
    for (const x of [...atA, ...atB]) assert.ok(everything.some((a) => a.id === x.id), `admin sees ${x.id}`);
    assert.ok(everything.some((a) => a.clinic_id === clinicA.id) && everything.some((a) => a.clinic_id === clinicB.id));
  });

  test('a bad status, from, to, id or limit is 422 naming it; no token 401', async () => {
    const get = (qs, token = secA.token) => api('GET', `/api/v1/appointments?${qs}`, { token });
    assertInvalid(await get('status=done'), 'status');
    assertInvalid(await get('from=yesterday'), 'from');
    assertInvalid(await get('from=2031-01-01'), 'from');
    assertInvalid(await get('to=2031-13-01T00:00:00Z'), 'to');
    assertInvalid(await get('from=2031-02-30T00:00:00Z'), 'from');
    assertInvalid(await get('to=2031-02-30T00:00:00Z'), 'to');
    assertInvalid(await get('doctor_id=abc'), 'doctor_id');
    assertInvalid(await get('limit=0'), 'limit');
    assertProblem(await api('GET', '/api/v1/appointments'), 401);
  });
});

describe('care relationship', () => {
  test('a doctor sees a patient only once they have an appointment together', async () => {
    const p = await createPatient(secA.token, { first_name: 'Nuevo' });
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token: doc2.token }), 404);
    const a = await bookOk(bookingBody(freshHour(), { patient_id: p.id }));
    const seen = await api('GET', `/api/v1/patients/${p.id}`, { token: doc2.token });
    assert.equal(seen.status, 200, seen.text);
    assert.equal(seen.json.id, p.id);
    assert.equal(a.patient_name, p.name);
    // Another doctor still does not.
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token: doc1.token }), 404);
  });
});

describe('no_show', () => {
  // soon.registered and soon.confirmed were booked before the state tests, starting seconds later.
  test('no_show from registered or confirmed once the start has passed; then nothing more', async () => {
    const wait = soon.start + 1200 - Date.now();
    if (wait > 0) await sleep(wait);
    const a = await setStatusOk(soon.registered.id, 'no_show');
    assert.equal(a.id, soon.registered.id);
    await setStatusOk(soon.confirmed.id, 'no_show');
    for (const to of STATUSES) assertProblem(await setStatus(soon.registered.id, to, { reason: REASON }), 409);
    const events = await history(soon.confirmed.id);
    assert.deepEqual(events.map((e) => [e.kind, e.from_status, e.to_status]), [
      ['created', null, 'registered'], ['status', 'registered', 'confirmed'], ['status', 'confirmed', 'no_show'],
    ]);
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
