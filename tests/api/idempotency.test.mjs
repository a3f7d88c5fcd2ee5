// Idempotency-Key on POST: a client that lost the answer to a booking (a timeout, a
// dropped connection) sends it again with the same key and gets the first answer, not a
// 409 against its own turno or a second patient.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, login, newUser, adminToken, assertProblem, uniqueName, uniquePassword, uniqueDni } from './helpers.mjs';

const HOUR = 3600 * 1000;
const DAY0 = Math.ceil(Date.now() / (24 * HOUR)) * 24 * HOUR + 70 * 24 * HOUR;
let hour = 0;
const freshStart = () => new Date(DAY0 + (hour++) * HOUR).toISOString().replace(/\.\d{3}Z$/, 'Z');

let admin;
let secretary;
let booking; // a valid booking body but for its start

async function post(urlPath, body, token = admin) {
  const res = await api('POST', urlPath, { token, body });
  assert.equal(res.status, 201, `POST ${urlPath}: ${res.status} ${res.text}`);
  return res.json;
}

before(async () => {
  admin = await adminToken();
  const clinic = await post('/api/v1/clinics', { name: `Idempotencia ${uniqueName('c')}`, address: 'Calle 2', timezone: 'UTC' });
  const floor = await post(`/api/v1/clinics/${clinic.id}/floors`, { number: 1, name: 'Piso' });
  const room = await post(`/api/v1/floors/${floor.id}/rooms`, { code: 'I1', name: 'Consultorio' });
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador ${uniqueName('n')}`, version: '1' });
  const practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('I').slice(-12), name: 'Consulta', duration_minutes: 30, clinic_ids: [clinic.id],
  });
  const doctor = await post('/api/v1/users', {
    username: uniqueName('idoc'), password: uniquePassword(), full_name: 'Dr. Reintento', role: 'doctor', clinic_ids: [clinic.id],
  });
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinic.id, weekday, from: '00:00', to: '24:00' }));
  assert.equal((await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks } })).status, 200);
  secretary = await newUser('secretary', { clinic_ids: [clinic.id] });
  const patient = await post('/api/v1/patients', { first_name: 'Reintenta', last_name: uniqueName('R'), document_number: uniqueDni() }, secretary.token);
  booking = { patient_id: patient.id, doctor_id: doctor.doctor_id, room_id: room.id, practice_id: practice.id };
});

const book = (body, key, token = secretary.token) =>
  api('POST', '/api/v1/appointments', { token, body, headers: key ? { 'idempotency-key': key } : {} });

describe('Idempotency-Key', () => {
  test('a booking sent twice with the same key is booked once and answered twice alike', async () => {
    const body = { ...booking, start: freshStart() };
    const key = uniqueName('key');
    const first = await book(body, key);
    assert.equal(first.status, 201, first.text);
    const again = await book(body, key);
    assert.equal(again.status, 201, again.text);
    assert.deepEqual(again.json, first.json);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    const listed = await api('GET', `/api/v1/appointments?patient_id=${booking.patient_id}&from=${encodeURIComponent(body.start)}&to=${encodeURIComponent(new Date(Date.parse(body.start) + HOUR).toISOString())}`, { token: secretary.token });
    assert.equal(listed.json.items.length, 1, listed.text);
    // Without a key the same booking is a conflict with itself (the control).
    assertProblem(await book(body), 409);
  });

  test('concurrent retries with one key book once', async () => {
    const body = { ...booking, start: freshStart() };
    const key = uniqueName('key');
    const answers = await Promise.all(Array.from({ length: 8 }, () => book(body, key)));
    const statuses = answers.map((a) => a.status);
    assert.ok(statuses.every((s) => s === 201 || s === 409), statuses.join());
    const ids = new Set(answers.filter((a) => a.status === 201).map((a) => a.json.id));
    assert.equal(ids.size, 1, `one turno: ${statuses.join()}`);
    for (const a of answers.filter((x) => x.status === 409)) assert.equal(a.json.errors[0].field, 'Idempotency-Key', a.text);
    const settled = await book(body, key);
    assert.equal(settled.status, 201);
    assert.ok(ids.has(settled.json.id));
  });

  test('the same key for a different request is 422 and changes nothing', async () => {
    const key = uniqueName('key');
    assert.equal((await book({ ...booking, start: freshStart() }, key)).status, 201);
    const start = freshStart();
    const other = await book({ ...booking, start }, key);
    assertProblem(other, 422);
    assert.equal(other.json.errors[0].field, 'Idempotency-Key');
    assert.equal((await book({ ...booking, start })).status, 201, 'the slot was left free');
  });

  test('keys are per user, and a refused request is replayed as refused', async () => {
    const key = uniqueName('key');
    const body = { first_name: 'Clave', last_name: uniqueName('K'), document_number: uniqueDni() };
    const headers = { 'idempotency-key': key };
    const first = await api('POST', '/api/v1/patients', { token: secretary.token, body, headers });
    assert.equal(first.status, 201, first.text);
    const again = await api('POST', '/api/v1/patients', { token: secretary.token, body, headers });
    assert.equal(again.json.id, first.json.id, 'the same patient, not a 409 on the document');
    const other = await newUser('secretary', { clinic_ids: secretary.user.clinic_ids });
    const theirs = await api('POST', '/api/v1/patients', { token: other.token, body, headers });
    assert.notEqual(theirs.status, 201, 'another user with the same key runs their own request (the document is taken)');
    const bad = await book({ ...booking, start: 'mañana' }, key + '-bad');
    assertProblem(bad, 422);
    const badAgain = await book({ ...booking, start: 'mañana' }, key + '-bad');
    assert.deepEqual(badAgain.json, bad.json);
  });

  test('a malformed key is 422 naming the header', async () => {
    for (const key of ['x'.repeat(201), 'con espacio']) {
      const res = await book({ ...booking, start: freshStart() }, key);
      assertProblem(res, 422);
      assert.equal(res.json.errors[0].field, 'Idempotency-Key');
    }
  });
});
