// Reports (/api/v1/reports/doctor-performance, /api/v1/reports/room-occupancy): the
// figures of a small network made here through the API (its own clinics, doctors and
// turnos on a day 45 days ahead, so nothing else of the database counts), who sees what
// (DESIGN.md §5, §8), CSV and bad parameters. The exact waits, consultations and local
// days are in tests/integration/report_service_test.cpp.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni,
  assertNoServerErrors,
} from './helpers.mjs';

const HOUR = 60 * 60 * 1000;
// Day D, 45 days ahead (UTC, clinic A's zone), as YYYY-MM-DD, and hh:mm on it.
const D0 = (() => {
  const d = new Date();
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 45);
})();
const DAY = new Date(D0).toISOString().slice(0, 10);
const at = (hh, mm = 0) => new Date(D0 + hh * HOUR + mm * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const WEEKDAY = ((new Date(D0).getUTCDay() + 6) % 7) + 1; // ISO: 1 = Monday

const DOCTOR_ITEM_FIELDS = ['doctor_id', 'doctor_name', 'specialty', 'appointments', 'by_status', 'no_show_rate',
  'mean_wait_minutes', 'mean_consultation_minutes'];
const STATUSES = ['registered', 'confirmed', 'waiting', 'in_progress', 'finished', 'cancelled', 'no_show'];
const ROOM_ITEM_FIELDS = ['clinic_id', 'floor_id', 'room_id', 'room_code', 'open_minutes', 'booked_minutes',
  'used_minutes', 'occupancy'];

let admin;
let clinicA; // UTC, open 08:00-12:00 every day
let clinicB;
let floorA;
let roomA1;
let roomA2;
let secA;
let secB;
let doc1; // named with a comma and quotes, to be quoted in CSV
let doc2;
let patientUser;
let practice;

async function post(path, body, token = admin) {
  const res = await api('POST', path, { token, body });
  assert.equal(res.status, 201, `POST ${path}: ${res.status} ${res.text}`);
  return res.json;
}

async function doctorUser(clinicIds, fullName) {
  const username = uniqueName('doc');
  const password = uniquePassword();
  const user = await post('/api/v1/users', {
    username, password, full_name: fullName, role: 'doctor', clinic_ids: clinicIds, specialty: 'Clínica médica',
  });
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinicIds[0], weekday, from: '00:00', to: '24:00' }));
  const schedule = await api('PUT', `/api/v1/doctors/${user.doctor_id}/schedule`, { token: admin, body: { blocks } });
  assert.equal(schedule.status, 200, schedule.text);
  return { id: user.id, doctor_id: user.doctor_id, full_name: fullName, token: (await login(username, password)).token };
}

const report = (name, query, token) => api('GET', `/api/v1/reports/${name}?${new URLSearchParams(query)}`, { token });

function assertNoStore(res) {
  assert.equal(res.headers.get('cache-control'), 'no-store', `Cache-Control of a ${res.status}`);
}

before(async () => {
  admin = await adminToken();
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '12:00' }));
  clinicA = await post('/api/v1/clinics', { name: `Informes A ${uniqueName('c')}`, address: 'Av. Corrientes 1', timezone: 'UTC', opening_hours: hours });
  clinicB = await post('/api/v1/clinics', { name: `Informes B ${uniqueName('c')}`, address: 'Av. Rivadavia 2' });
  floorA = await post(`/api/v1/clinics/${clinicA.id}/floors`, { number: 1, name: 'Primer piso' });
  roomA1 = await post(`/api/v1/floors/${floorA.id}/rooms`, { code: 'R-1', name: 'Consultorio 1' });
  roomA2 = await post(`/api/v1/floors/${floorA.id}/rooms`, { code: 'R-2', name: 'Consultorio 2' });
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador informes ${uniqueName('n')}`, version: '2024' });
  practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('I').slice(-12), name: 'Consulta', specialty: 'Clínica médica',
    duration_minutes: 30, clinic_ids: [clinicA.id],
  });
  secA = await newUser('secretary', { clinic_ids: [clinicA.id] });
  secB = await newUser('secretary', { clinic_ids: [clinicB.id] });
  doc1 = await doctorUser([clinicA.id], `Pérez, "Tana" ${uniqueName('x')}`);
  doc2 = await doctorUser([clinicA.id], `Quiroga ${uniqueName('x')}`);
  patientUser = await newUser('patient');

  const patients = [];
  for (let i = 0; i < 4; i += 1) {
    patients.push(await post('/api/v1/patients', { first_name: 'Inés', last_name: `Informe ${i}`, document_number: uniqueDni() }, secA.token));
  }
  const book = (patient, doctor, room, start) => post('/api/v1/appointments', {
    patient_id: patient.id, doctor_id: doctor.doctor_id, room_id: room.id, practice_id: practice.id, start,
  }, secA.token);
  // doc1: 09:00 and 09:30 in R-1, 10:00 in R-2 cancelled; doc2: 10:30 in R-2 confirmed.
  await book(patients[0], doc1, roomA1, at(9));
  await book(patients[1], doc1, roomA1, at(9, 30));
  const cancelled = await book(patients[2], doc1, roomA2, at(10));
  const c = await api('POST', `/api/v1/appointments/${cancelled.id}/status`, { token: secA.token, body: { status: 'cancelled', reason: 'viaja' } });
  assert.equal(c.status, 200, c.text);
  const confirmed = await book(patients[3], doc2, roomA2, at(10, 30));
  const k = await api('POST', `/api/v1/appointments/${confirmed.id}/status`, { token: secA.token, body: { status: 'confirmed' } });
  assert.equal(k.status, 200, k.text);
});

describe('GET /api/v1/reports/doctor-performance', () => {
  test('answers each doctor of the clinic with the turnos of the period, by status, as of now', async () => {
    const before = Date.now();
    const res = await report('doctor-performance', { clinic_id: clinicA.id, from: DAY, to: DAY }, admin);
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assertNoStore(res);
    const body = res.json;
    assert.equal(body.from, DAY);
    assert.equal(body.to, DAY);
    assert.equal(body.clinic_id, clinicA.id);
    assert.ok(Math.abs(Date.parse(body.as_of) - before) < 60 * 1000, `as_of is now: ${body.as_of}`);
    assert.deepEqual(body.items.map((i) => i.doctor_id), [doc1.doctor_id, doc2.doctor_id], 'ordered by name');
    for (const item of body.items) {
      for (const f of DOCTOR_ITEM_FIELDS) assert.ok(f in item, `field ${f}`);
      assert.deepEqual(Object.keys(item.by_status).sort(), [...STATUSES].sort());
    }
    const [one, two] = body.items;
    assert.equal(one.doctor_name, doc1.full_name);
    assert.equal(one.specialty, 'Clínica médica');
    assert.equal(one.appointments, 3);
    assert.deepEqual(one.by_status, { registered: 2, confirmed: 0, waiting: 0, in_progress: 0, finished: 0, cancelled: 1, no_show: 0 });
    assert.equal(one.no_show_rate, 0, 'no no-show among the 2 not cancelled');
    assert.equal(one.mean_wait_minutes, null, 'nobody has waited yet');
    assert.equal(one.mean_consultation_minutes, null);
    assert.equal(two.appointments, 1);
    assert.equal(two.by_status.confirmed, 1);
  });

  test('a booking shows at once (the rollups are kept by the write itself)', async () => {
    const query = { clinic_id: clinicA.id, from: DAY, to: DAY };
    const beforeBooking = (await report('doctor-performance', query, admin)).json.items.find((i) => i.doctor_id === doc2.doctor_id);
    const patient = await post('/api/v1/patients', { first_name: 'Luz', last_name: 'Informe', document_number: uniqueDni() }, secA.token);
    await post('/api/v1/appointments', {
      patient_id: patient.id, doctor_id: doc2.doctor_id, room_id: roomA1.id, practice_id: practice.id, start: at(18),
    }, secA.token);
    const after = (await report('doctor-performance', query, admin)).json.items.find((i) => i.doctor_id === doc2.doctor_id);
    assert.equal(after.appointments, beforeBooking.appointments + 1);
    assert.equal(after.by_status.registered, beforeBooking.by_status.registered + 1);
  });

  test('a year asked again within seconds is the same figures and as_of; the day still shows a booking at once', async () => {
    // The server as deployed keeps a long period's figures 30 s (HEALTHPULSE_REPORT_CACHE_SECONDS).
    // The day after D, so the figures the other tests check of D stay as they are.
    const next = new Date(D0 + 24 * HOUR).toISOString().slice(0, 10);
    const year = { clinic_id: clinicA.id, from: new Date(D0 - 363 * 24 * HOUR).toISOString().slice(0, 10), to: next };
    const day = { clinic_id: clinicA.id, from: next, to: next };
    const line = (body) => body.items.find((i) => i.doctor_id === doc2.doctor_id);
    const first = (await report('doctor-performance', year, admin)).json;
    const dayBefore = line((await report('doctor-performance', day, admin)).json);
    const patient = await post('/api/v1/patients', { first_name: 'Sol', last_name: 'Anual', document_number: uniqueDni() }, secA.token);
    await post('/api/v1/appointments', {
      patient_id: patient.id, doctor_id: doc2.doctor_id, room_id: roomA1.id, practice_id: practice.id, start: at(24 + 9),
    }, secA.token);
    assert.equal(line((await report('doctor-performance', day, admin)).json).appointments, (dayBefore?.appointments ?? 0) + 1,
      'the day is computed for each request');
    const again = (await report('doctor-performance', year, admin)).json;
    assert.equal(again.as_of, first.as_of, 'the kept figures say when they were computed');
    assert.equal(line(again).appointments, line(first).appointments);
    assert.ok(Date.now() - Date.parse(again.as_of) < 60 * 1000, 'never older than a minute');
    const csv = await report('doctor-performance', { ...year, format: 'csv' }, admin);
    assert.equal(csv.status, 200, csv.text);
    const other = await report('doctor-performance', year, secB.token);
    assert.equal(other.status, 404, 'the kept figures are no way around the scope check');
  });

  test('a secretary gets her clinics; another clinic, or one that does not exist, is 404', async () => {
    for (const query of [{ from: DAY, to: DAY }, { clinic_id: clinicA.id, from: DAY, to: DAY }]) {
      const res = await report('doctor-performance', query, secA.token);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json.items.map((i) => i.doctor_id), [doc1.doctor_id, doc2.doctor_id], JSON.stringify(query));
    }
    for (const [token, clinicId] of [[secA.token, clinicB.id], [secB.token, clinicA.id], [secA.token, 999999999], [admin, 999999999]]) {
      const res = await report('doctor-performance', { clinic_id: clinicId, from: DAY, to: DAY }, token);
      const problem = assertProblem(res, 404);
      assertNoStore(res);
      assert.ok(!res.text.includes(doc1.full_name), 'no figures in a 404');
      assert.equal(problem.errors?.[0]?.field, 'clinic_id', res.text);
    }
    const other = await report('doctor-performance', { from: DAY, to: DAY }, secB.token);
    assert.equal(other.status, 200, other.text);
    assert.ok(!other.json.items.some((i) => i.doctor_id === doc1.doctor_id || i.doctor_id === doc2.doctor_id), 'B sees none of A');
  });

  test('a doctor sees only their own line; patients are refused', async () => {
    for (const query of [{ from: DAY, to: DAY }, { clinic_id: clinicA.id, from: DAY, to: DAY }]) {
      const res = await report('doctor-performance', query, doc1.token);
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.json.items.map((i) => i.doctor_id), [doc1.doctor_id]);
    }
    const res = await report('doctor-performance', { from: DAY, to: DAY }, patientUser.token);
    assertProblem(res, 403);
    assertNoStore(res);
    assertProblem(await report('doctor-performance', { from: DAY, to: DAY }), 401);
  });

  test('format=csv: an attachment with a header row and one quoted row per doctor', async () => {
    const res = await report('doctor-performance', { clinic_id: clinicA.id, from: DAY, to: DAY, format: 'csv' }, secA.token);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
    assert.equal(res.headers.get('content-disposition'), `attachment; filename="doctor-performance-${DAY}-${DAY}.csv"`);
    assertNoStore(res);
    const lines = res.text.split('\r\n');
    assert.equal(lines.pop(), '', 'every row ends with CRLF');
    assert.equal(lines[0], 'doctor_id,doctor_name,specialty,appointments,registered,confirmed,waiting,in_progress,finished,'
      + 'cancelled,no_show,no_show_rate,mean_wait_minutes,mean_consultation_minutes,mean_call_delay_minutes,on_time_rate,'
      + 'scheduled_minutes,booked_minutes,scheduled_booked_share');
    assert.equal(lines.length, 3, res.text);
    const quoted = `"${doc1.full_name.replaceAll('"', '""')}"`;
    // Scheduled 00:00-24:00: 1440 minutes, of which the two turnos not cancelled book 60.
    assert.equal(lines[1], `${doc1.doctor_id},${quoted},Clínica médica,3,2,0,0,0,0,1,0,0,,,,,1440,60,0.0417`);
    assert.match(lines[2], new RegExp(`^${doc2.doctor_id},Quiroga `));
  });
});

describe('GET /api/v1/reports/room-occupancy', () => {
  test('booked minutes of the not cancelled turnos over the opening hours, per room and per weekday × hour', async () => {
    const res = await report('room-occupancy', { clinic_id: clinicA.id, from: DAY, to: DAY }, secA.token);
    assert.equal(res.status, 200, res.text);
    assertNoStore(res);
    assert.equal(res.json.clinic_id, clinicA.id);
    assert.ok(typeof res.json.as_of === 'string');
    const items = res.json.items;
    assert.deepEqual(items.map((i) => i.room_code), ['R-1', 'R-2']);
    for (const item of items) for (const f of ROOM_ITEM_FIELDS) assert.ok(f in item, `field ${f}`);
    const [r1, r2] = items;
    assert.deepEqual([r1.clinic_id, r1.floor_id, r1.room_id], [clinicA.id, floorA.id, roomA1.id]);
    assert.equal(r1.open_minutes, 240);
    // 09:00, 09:30 and the 18:00 booked by the test above (outside the opening hours).
    assert.deepEqual([r1.booked_minutes, r1.used_minutes, r1.occupancy], [90, 0, 0.375]);
    assert.deepEqual([r2.open_minutes, r2.booked_minutes, r2.used_minutes, r2.occupancy], [240, 30, 0, 0.125], 'the cancelled one does not count');
    const cell = (hour) => res.json.heatmap.find((c) => c.weekday === WEEKDAY && c.hour === hour);
    assert.deepEqual(cell(8), { weekday: WEEKDAY, hour: 8, open_minutes: 120, booked_minutes: 0, occupancy: 0 });
    assert.deepEqual(cell(9), { weekday: WEEKDAY, hour: 9, open_minutes: 120, booked_minutes: 60, occupancy: 0.5 });
    assert.deepEqual(cell(10), { weekday: WEEKDAY, hour: 10, open_minutes: 120, booked_minutes: 30, occupancy: 0.25 });
    assert.deepEqual(cell(18), { weekday: WEEKDAY, hour: 18, open_minutes: 0, booked_minutes: 30, occupancy: null });
    assert.equal(cell(7), undefined, 'closed and unbooked hours are left out');
  });

  test('CSV lists the rooms; doctors and patients are refused; another clinic is 404', async () => {
    const csv = await report('room-occupancy', { clinic_id: clinicA.id, from: DAY, to: DAY, format: 'csv' }, admin);
    assert.equal(csv.status, 200, csv.text);
    assert.equal(csv.headers.get('content-disposition'), `attachment; filename="room-occupancy-${DAY}-${DAY}.csv"`);
    const lines = csv.text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'clinic_id,floor_id,floor_number,room_id,room_code,open_minutes,booked_minutes,used_minutes,occupancy');
    assert.equal(lines[2], `${clinicA.id},${floorA.id},1,${roomA2.id},R-2,240,30,0,0.125`);
    assert.equal(lines.length, 3);
    for (const token of [doc1.token, patientUser.token]) {
      const res = await report('room-occupancy', { from: DAY, to: DAY }, token);
      assertProblem(res, 403);
      assertNoStore(res);
    }
    assertProblem(await report('room-occupancy', { clinic_id: clinicA.id, from: DAY, to: DAY }, secB.token), 404);
  });
});

describe('bad parameters', () => {
  test('422 naming each bad parameter, for both reports', async () => {
    const cases = [
      [{ to: DAY }, ['from']],
      [{ from: DAY }, ['to']],
      [{}, ['from', 'to']],
      [{ from: '2026-02-30', to: '2026-03-01' }, ['from']],
      [{ from: '01/03/2026', to: '2026-03-01' }, ['from']],
      [{ from: '2026-03-02', to: '2026-03-01' }, ['to']],
      [{ from: '2020-01-01', to: '2025-01-01' }, ['to']],
      [{ from: DAY, to: DAY, format: 'xml' }, ['format']],
      [{ from: DAY, to: DAY, clinic_id: 'abc' }, ['clinic_id']],
      [{ from: DAY, to: DAY, clinic_id: '0' }, ['clinic_id']],
      [{ from: 'x', to: DAY, format: 'pdf', clinic_id: '-3' }, ['clinic_id', 'from', 'format']],
    ];
    for (const name of ['doctor-performance', 'room-occupancy']) {
      for (const [query, fields] of cases) {
        const res = await report(name, query, admin);
        assertInvalid(res, ...fields);
        assertNoStore(res);
      }
    }
    const fiveYears = await report('doctor-performance', { from: '2020-01-01', to: '2024-12-31' }, admin);
    assert.equal(fiveYears.status, 200, 'five whole years are allowed');
  });

  test('no request here made the server fail', async (t) => {
    await assertNoServerErrors(t);
  });
});
