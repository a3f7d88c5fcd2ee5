// Population health and care gaps (/api/v1/reports/population-health, /care-gaps) on a
// clinic made here (UTC): one patient seen today with diabetes, one diabetic booked for
// later and never seen. Who sees what (DESIGN.md §5, §8), the small-cell rule, CSV, bad
// parameters and the audit of a care-gap listing. The exact prevalences and the age
// standardization are in tests/integration/population_health_test.cpp.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni,
  assertNoServerErrors,
} from './helpers.mjs';

const MINUTE = 60 * 1000;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
// A start a few minutes ahead today (UTC, the clinic's zone), on a whole minute.
const START = Math.floor((Date.now() + 3 * MINUTE) / MINUTE) * MINUTE;
const TODAY = iso(START).slice(0, 10);

let admin;
let clinic;
let otherClinic;
let sec;
let secOther;
let doctor;
let patientUser;
let seen;
let unseen;

async function post(path, body, token = admin) {
  const res = await api('POST', path, { token, body });
  assert.equal(res.status, 201, `POST ${path}: ${res.status} ${res.text}`);
  return res.json;
}

const report = (name, query, token) => api('GET', `/api/v1/reports/${name}?${new URLSearchParams(query)}`, { token });

before(async () => {
  admin = await adminToken();
  const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '23:59' }));
  clinic = await post('/api/v1/clinics', { name: `Salud ${uniqueName('c')}`, address: 'Av. Salud 1', timezone: 'UTC', opening_hours: hours });
  otherClinic = await post('/api/v1/clinics', { name: `Salud B ${uniqueName('c')}`, address: 'Av. Salud 2' });
  const floor = await post(`/api/v1/clinics/${clinic.id}/floors`, { number: 1, name: 'PB' });
  const room = await post(`/api/v1/floors/${floor.id}/rooms`, { code: 'S-1', name: 'Consultorio' });
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador salud ${uniqueName('n')}`, version: '2024' });
  const practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('S').slice(-12), name: 'Consulta', specialty: 'Clínica médica',
    duration_minutes: 15, clinic_ids: [clinic.id],
  });
  sec = await newUser('secretary', { clinic_ids: [clinic.id] });
  secOther = await newUser('secretary', { clinic_ids: [otherClinic.id] });
  const username = uniqueName('doc');
  const password = uniquePassword();
  const user = await post('/api/v1/users', {
    username, password, full_name: `Salud ${username}`, role: 'doctor', clinic_ids: [clinic.id], specialty: 'Clínica médica',
  });
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinic.id, weekday, from: '00:00', to: '24:00' }));
  assert.equal((await api('PUT', `/api/v1/doctors/${user.doctor_id}/schedule`, { token: admin, body: { blocks } })).status, 200);
  doctor = { doctor_id: user.doctor_id, token: (await login(username, password)).token };
  patientUser = await newUser('patient');

  const patient = (name) => post('/api/v1/patients', {
    first_name: name, last_name: 'Salud', document_number: uniqueDni(), birth_date: '1960-05-01', sex: 'F', phone: '+5491155550000',
  }, sec.token);
  seen = await patient('Vista');
  unseen = await patient('Ausente');
  const book = (p, start) => post('/api/v1/appointments', {
    patient_id: p.id, doctor_id: doctor.doctor_id, room_id: room.id, practice_id: practice.id, start: iso(start),
  }, sec.token);
  const visit = await book(seen, START);
  for (const status of ['confirmed', 'waiting']) {
    const res = await api('POST', `/api/v1/appointments/${visit.id}/status`, { token: sec.token, body: { status } });
    assert.equal(res.status, 200, res.text);
  }
  await book(unseen, START + 40 * 24 * 60 * MINUTE);
  for (const p of [seen, unseen]) {
    await post(`/api/v1/patients/${p.id}/diagnoses`, { clinic_id: clinic.id, code: 'E11.9', chronic: true }, doctor.token);
  }
});

describe('GET /api/v1/reports/population-health', () => {
  test('the clinic\'s own staff see its small cells; the admin sees them hidden', async () => {
    const query = { clinic_id: clinic.id, from: TODAY, to: TODAY, group_by: 'day' };
    const own = await report('population-health', query, sec.token);
    assert.equal(own.status, 200, own.text);
    assert.equal(own.headers.get('cache-control'), 'no-store');
    assert.equal(own.json.population, 1, 'the patient who came today');
    assert.equal(own.json.small_cells_hidden, false);
    const diabetes = own.json.conditions.find((c) => c.code === 'E10-E14');
    assert.deepEqual([diabetes.patients, diabetes.per_1000, diabetes.suppressed], [1, 1000, false]);
    assert.ok(own.json.top_diagnoses.some((d) => d.code === 'E11.9' && d.count === 2), JSON.stringify(own.json.top_diagnoses));
    assert.deepEqual(own.json.series, [{ period: TODAY, code: 'E10-E14', count: 2, suppressed: false }]);
    const group = own.json.groups.find((g) => g.code === 'E10-E14');
    assert.equal(group.age_band, '65-69');

    const network = await report('population-health', query, admin);
    assert.equal(network.status, 200, network.text);
    assert.equal(network.json.small_cells_hidden, true);
    assert.equal(network.json.population, null);
    assert.equal(network.json.population_suppressed, true);
    const hidden = network.json.conditions.find((c) => c.code === 'E10-E14');
    assert.deepEqual([hidden.patients, hidden.per_1000, hidden.suppressed], [null, null, true]);

    const csv = await report('population-health', { ...query, format: 'csv' }, admin);
    assert.equal(csv.status, 200, csv.text);
    assert.equal(csv.headers.get('content-disposition'), `attachment; filename="population-health-${TODAY}-${TODAY}.csv"`);
    const lines = csv.text.trimEnd().split('\r\n');
    assert.equal(lines[0], 'scope,clinic_id,age_band,sex,code,name,patients,population,per_1000,age_standardized_per_1000');
    assert.equal(lines[1], 'network,,,,E10-E14,Diabetes mellitus,<5,<5,,');
    assert.ok(lines.includes(`group,${clinic.id},65-69,F,E10-E14,,<5,<5,,`), csv.text);
  });

  test('another clinic is 404 for a secretary; doctors and patients are refused', async () => {
    const query = { clinic_id: clinic.id, from: TODAY, to: TODAY };
    const problem = assertProblem(await report('population-health', query, secOther.token), 404);
    assert.equal(problem.errors?.[0]?.field, 'clinic_id');
    assertProblem(await report('population-health', query, doctor.token), 403);
    assertProblem(await report('population-health', query, patientUser.token), 403);
    assertProblem(await report('population-health', query), 401);
  });

  test('422 naming each bad parameter', async () => {
    for (const [query, fields] of [
      [{ from: TODAY, to: TODAY, group_by: 'year' }, ['group_by']],
      [{ to: TODAY, group_by: 'x' }, ['from', 'group_by']],
      [{ from: TODAY, to: TODAY, format: 'pdf' }, ['format']],
    ]) {
      for (const name of ['population-health', 'doctor-performance', 'room-occupancy']) {
        assertInvalid(await report(name, query, admin), ...fields);
      }
    }
  });
});

describe('GET /api/v1/reports/doctor-performance and room-occupancy series', () => {
  test('group_by adds a series; punctuality and the share of scheduled hours are per doctor', async () => {
    const res = await report('doctor-performance', { clinic_id: clinic.id, from: TODAY, to: TODAY, group_by: 'week' }, doctor.token);
    assert.equal(res.status, 200, res.text);
    const [line] = res.json.items;
    assert.equal(line.scheduled_minutes, 1440);
    assert.equal(line.booked_minutes, 15);
    assert.equal(line.scheduled_booked_share, 0.0104);
    assert.equal(line.mean_call_delay_minutes, null, 'not called in yet');
    assert.equal(res.json.series.length, 1);
    assert.equal(res.json.series[0].appointments, 1);
    const rooms = await report('room-occupancy', { clinic_id: clinic.id, from: TODAY, to: TODAY, group_by: 'day' }, sec.token);
    assert.equal(rooms.status, 200, rooms.text);
    assert.deepEqual(rooms.json.series.map((p) => [p.period, p.booked_minutes]), [[TODAY, 15]]);
    assert.equal(rooms.json.clinics[0].rooms, 1);
    assert.equal(rooms.json.floors[0].floor_number, 1);
  });
});

describe('GET /api/v1/reports/care-gaps', () => {
  test('lists the chronic patients not seen since the day given, with what a secretary needs to call them', async () => {
    const res = await report('care-gaps', { clinic_id: clinic.id, since: TODAY }, sec.token);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.deepEqual(res.json.items.map((g) => g.patient_id), [unseen.id]);
    const [gap] = res.json.items;
    assert.equal(gap.document_number, unseen.document_number);
    assert.equal(gap.phone, '+5491155550000');
    assert.equal(gap.last_visit, null);
    assert.deepEqual(gap.conditions, ['E10-E14']);
    assert.equal(gap.not_seen, true);
    // The listing is a read of the patient's data: the audit log says who saw her there.
    const audit = await api('GET', `/api/v1/audit-events?patient_id=${unseen.id}`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    assert.ok(audit.json.items.some((e) => e.action === 'care_gap.listed' && e.actor_username === sec.username), audit.text);
  });

  test('doctors see the patients under their care; other clinics 404; patients 403; bad input 422', async () => {
    const mine = await report('care-gaps', { clinic_id: clinic.id, since: TODAY, condition: 'E10-E14' }, doctor.token);
    assert.equal(mine.status, 200, mine.text);
    assert.deepEqual(mine.json.items.map((g) => g.patient_id), [unseen.id]);
    const problem = assertProblem(await report('care-gaps', { clinic_id: clinic.id }, secOther.token), 404);
    assert.equal(problem.errors?.[0]?.field, 'clinic_id');
    assert.deepEqual((await report('care-gaps', { since: TODAY }, secOther.token)).json.items, [], 'her clinic has none');
    assertProblem(await report('care-gaps', {}, patientUser.token), 403);
    assertInvalid(await report('care-gaps', { since: '2026-02-30' }, admin), 'since');
    assertInvalid(await report('care-gaps', { condition: 'E11' }, admin), 'condition');
    assertInvalid(await report('care-gaps', { limit: '0', clinic_id: 'x' }, admin), 'clinic_id', 'limit');
  });

  test('the summary counts what the list holds, for whom the list is shown, audited as one event', async () => {
    const res = await report('care-gaps/summary', { clinic_id: clinic.id, since: TODAY }, sec.token);
    assert.equal(res.status, 200, res.text);
    assert.equal(res.headers.get('cache-control'), 'no-store');
    assert.equal(res.json.count, 1, 'the unseen diabetic');
    assert.equal(res.json.since, TODAY);
    assert.equal(res.json.today, TODAY, 'the clinic is in UTC');
    assert.equal(res.json.clinic_id, clinic.id);
    const list = await report('care-gaps', { clinic_id: clinic.id, since: TODAY }, sec.token);
    assert.equal(list.json.items.length, res.json.count);
    assert.equal(list.json.today, TODAY);
    // Without `since`: six months before the clinic's today; both patients were seen after, or booked.
    const byDefault = await report('care-gaps/summary', { clinic_id: clinic.id }, sec.token);
    assert.equal(byDefault.status, 200, byDefault.text);
    assert.equal(byDefault.json.count, 1, 'the unseen diabetic was never seen');
    assert.ok(byDefault.json.since < TODAY, byDefault.text);
    const audit = await api('GET', `/api/v1/audit-events?action=care_gap.counted&user_id=${sec.id}`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.json.items.length, 2, audit.text);
    assert.equal(audit.json.items.some((e) => e.patient_id !== null), false, 'no patient named');

    const mine = await report('care-gaps/summary', { clinic_id: clinic.id, since: TODAY }, doctor.token);
    assert.equal(mine.json.count, 1, 'under her care');
    const problem = assertProblem(await report('care-gaps/summary', { clinic_id: clinic.id }, secOther.token), 404);
    assert.equal(problem.errors?.[0]?.field, 'clinic_id');
    assert.equal((await report('care-gaps/summary', { since: TODAY }, secOther.token)).json.count, 0, 'her clinic has none');
    assertProblem(await report('care-gaps/summary', {}, patientUser.token), 403);
    assertInvalid(await report('care-gaps/summary', { since: 'ayer', clinic_id: '0' }, admin), 'since', 'clinic_id');
    assertInvalid(await report('care-gaps/summary', { condition: 'E11' }, admin), 'condition');
  });

  test('no request here made the server fail', async (t) => {
    await assertNoServerErrors(t);
  });
});
