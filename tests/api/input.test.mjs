// Hardening of input: nothing a client sends yields a 500, every refusal is a problem
// naming the field, and a refused request changes nothing. Text is UTF-8 without control
// characters, timestamps are what PostgreSQL takes, media types are compared per RFC, an
// encoded slash never routes elsewhere, LIKE wildcards in searches match literally.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, uniqueDni,
  assertNoServerErrors,
} from './helpers.mjs';

let admin;
let secretary; // {id, token}: a secretary of `clinic`
let clinic;
let room;

const NUL = '\u0000';

function validPatient(extra = {}) {
  return { first_name: 'Juana', last_name: `Pérez ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), ...extra };
}

async function createPatient(extra = {}) {
  const res = await api('POST', '/api/v1/patients', { token: secretary.token, body: validPatient(extra) });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

/** The patients a search by document number finds (as the secretary). */
async function findByDocument(documentNumber) {
  const res = await api('GET', `/api/v1/patients?q=${documentNumber}`, { token: secretary.token });
  assert.equal(res.status, 200, res.text);
  return res.json.items;
}

before(async () => {
  admin = await adminToken();
  const made = await api('POST', '/api/v1/clinics', {
    token: admin, body: { name: `Entrada ${uniqueName('c')}`, address: 'Av. Rivadavia 5000' },
  });
  assert.equal(made.status, 201, made.text);
  clinic = made.json;
  const floor = await api('POST', `/api/v1/clinics/${clinic.id}/floors`, { token: admin, body: { number: 1, name: 'Primero' } });
  assert.equal(floor.status, 201, floor.text);
  const madeRoom = await api('POST', `/api/v1/floors/${floor.json.id}/rooms`, { token: admin, body: { code: 'E1', name: 'Consultorio E1' } });
  assert.equal(madeRoom.status, 201, madeRoom.text);
  room = madeRoom.json;
  secretary = await newUser('secretary', { clinic_ids: [clinic.id] });
});

describe('text is UTF-8 without control characters', () => {
  test('invalid UTF-8 in a query parameter is a 422 naming it', async () => {
    for (const path of ['/api/v1/patients?q=%FF', '/api/v1/users?q=caf%E9', '/api/v1/practices?q=%C3', '/api/v1/icd10?q=%FF']) {
      const res = await api('GET', path, { token: admin });
      assertInvalid(res, 'q');
    }
  });

  test('a control character in a query parameter is refused too', async () => {
    const res = await api('GET', '/api/v1/patients?q=Ana%00', { token: secretary.token });
    assertInvalid(res, 'q');
  });

  test('a NUL in the login is a 422 naming the field, not a 500', async () => {
    for (const body of [{ username: `admin${NUL}`, password: 'healthpulse' }, { username: 'admin', password: `health${NUL}pulse` }]) {
      const res = await api('POST', '/api/v1/auth/login', { body });
      assertInvalid(res, body.username.includes(NUL) ? 'username' : 'password');
    }
  });

  test('a NUL or a newline in a patient name is a 422 and nothing is created', async () => {
    for (const first_name of [`Ana${NUL}María`, 'Ana\nMaría', 'Ana\u0085']) {
      const patient = validPatient({ first_name });
      const res = await api('POST', '/api/v1/patients', { token: secretary.token, body: patient });
      assertInvalid(res, 'first_name');
      assert.deepEqual(await findByDocument(patient.document_number), []);
    }
  });

  test('free-text fields take newlines and tabs, but not other controls', async () => {
    const patient = await createPatient({ address: 'Av. Corrientes 1234\n3° B\tTimbre 2' });
    assert.equal(patient.address, 'Av. Corrientes 1234\n3° B\tTimbre 2');
    const res = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: secretary.token, body: { address: `Piso${NUL}` } });
    assertInvalid(res, 'address');
    const again = await api('GET', `/api/v1/patients/${patient.id}`, { token: secretary.token });
    assert.equal(again.json.address, 'Av. Corrientes 1234\n3° B\tTimbre 2');
  });

  test('a NUL in a user name is refused, never stored truncated', async () => {
    const username = uniqueName('nul');
    const res = await api('POST', '/api/v1/users', {
      token: admin, body: { username, password: 'una-clave-larga', full_name: `Ana${NUL}Pérez`, role: 'patient' },
    });
    assertInvalid(res, 'full_name');
    const list = await api('GET', `/api/v1/users?q=${username}`, { token: admin });
    assert.deepEqual(list.json.items, []);
  });

  test('invalid UTF-8 in a CSV import is a 422 naming the row and column; nothing is imported', async () => {
    const made = await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: `CSV ${uniqueName('n')}`, version: '1' } });
    assert.equal(made.status, 201, made.text);
    const code = uniqueName('P');
    const csv = Buffer.concat([
      Buffer.from(`code,name,specialty,duration\n${code},Consulta m`), Buffer.from([0xe9]), Buffer.from('dica,Clínica,20\n'),
    ]);
    const res = await api('POST', `/api/v1/nomenclators/${made.json.id}/import`, {
      token: admin, rawBody: csv, headers: { 'content-type': 'text/csv' },
    });
    assertInvalid(res, 'rows[2].name');
    const list = await api('GET', `/api/v1/practices?nomenclator_id=${made.json.id}`, { token: admin });
    assert.deepEqual(list.json.items, []);
  });
});

describe('every text has a maximum length', () => {
  test('an over-long field is a 422 naming it', async () => {
    const cases = [
      ['POST', '/api/v1/patients', () => validPatient({ insurer: 'x'.repeat(101) }), 'insurer'],
      ['POST', '/api/v1/patients', () => validPatient({ first_name: 'ñ'.repeat(101) }), 'first_name'],
      ['POST', '/api/v1/patients', () => validPatient({ email: `${'a'.repeat(250)}@x.com` }), 'email'],
      ['POST', '/api/v1/patients', () => validPatient({ document_number: '1'.repeat(21) }), 'document_number'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await api(method, path, { token: secretary.token, body: body() });
      assertInvalid(res, field);
    }
    const clinicRes = await api('PATCH', `/api/v1/clinics/${clinic.id}`, { token: admin, body: { timezone: 'x'.repeat(65) } });
    assertInvalid(clinicRes, 'timezone');
    const doctors = await api('GET', '/api/v1/doctors?limit=1', { token: admin });
    const doctorRes = await api('PATCH', `/api/v1/doctors/${doctors.json.items[0].id}`, { token: admin, body: { specialty: 'x'.repeat(101) } });
    assertInvalid(doctorRes, 'specialty');
  });

  test('names count characters, not bytes', async () => {
    const patient = await createPatient({ first_name: 'ñ'.repeat(100) });
    assert.equal(patient.first_name, 'ñ'.repeat(100));
  });
});

describe('dates and times', () => {
  test('offsets beyond ±15:59 and fractions over 6 digits are a 422 on query and body', async () => {
    const bad = ['2026-12-01T10:00:00+99:00', '2026-12-01T10:00:00+16:00', '2026-12-01T10:00:00.000000000000000000001Z', '1899-12-31T10:00:00Z'];
    for (const from of bad) {
      const qs = new URLSearchParams({ from, to: '2026-12-02T10:00:00Z' });
      assertInvalid(await api('GET', `/api/v1/appointments?${qs}`, { token: secretary.token }), 'from');
      const avail = new URLSearchParams({ doctor_id: '1', from: '2026-12-01T10:00:00Z', to: from });
      assertInvalid(await api('GET', `/api/v1/availability?${avail}`, { token: secretary.token }), 'to');
      const audit = new URLSearchParams({ from });
      assertInvalid(await api('GET', `/api/v1/audit-events?${audit}`, { token: admin }), 'from');
      const booking = await api('POST', '/api/v1/appointments', {
        token: secretary.token, body: { patient_id: 1, doctor_id: 1, room_id: room.id, practice_id: 1, start: from },
      });
      assertInvalid(booking, 'start');
    }
  });

  test('the widest offset and six fraction digits are accepted', async () => {
    const qs = new URLSearchParams({ from: '2026-12-01T10:00:00.123456+15:59', to: '2026-12-02T10:00:00-15:59' });
    const res = await api('GET', `/api/v1/appointments?${qs}&clinic_id=${clinic.id}`, { token: secretary.token });
    assert.equal(res.status, 200, res.text);
  });

  test('a birth date in the future, before 1900 or not on the calendar is a 422', async () => {
    for (const birth_date of ['2999-01-01', '1899-12-31', '2026-02-30']) {
      const patient = validPatient({ birth_date });
      assertInvalid(await api('POST', '/api/v1/patients', { token: secretary.token, body: patient }), 'birth_date');
      assert.deepEqual(await findByDocument(patient.document_number), []);
    }
    const patient = await createPatient({ birth_date: '1980-05-17' });
    const res = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: secretary.token, body: { birth_date: '2999-01-01' } });
    assertInvalid(res, 'birth_date');
    const again = await api('GET', `/api/v1/patients/${patient.id}`, { token: secretary.token });
    assert.equal(again.json.birth_date, '1980-05-17');
  });
});

describe('PATCH with nothing to change', () => {
  test('an empty object or only unknown fields is a 422 on every PATCH route', async () => {
    const patient = await createPatient();
    const user = await newUser('patient');
    const doctors = await api('GET', '/api/v1/doctors?limit=1', { token: admin });
    const practices = await api('GET', '/api/v1/practices?limit=1', { token: admin });
    const routes = [
      [`/api/v1/users/${user.id}`, admin],
      [`/api/v1/patients/${patient.id}`, secretary.token],
      [`/api/v1/doctors/${doctors.json.items[0].id}`, admin],
      [`/api/v1/clinics/${clinic.id}`, admin],
      [`/api/v1/rooms/${room.id}`, admin],
      [`/api/v1/practices/${practices.json.items[0].id}`, admin],
      ['/api/v1/appointments/1', secretary.token],
    ];
    for (const [path, token] of routes) {
      for (const body of [{}, { no_such_field: 1 }]) {
        const res = await api('PATCH', path, { token, body });
        assertInvalid(res, 'body');
      }
    }
    const after = await api('GET', `/api/v1/patients/${patient.id}`, { token: secretary.token });
    assert.equal(after.json.first_name, patient.first_name);
  });
});

describe('media types', () => {
  test('application/json in any case, with charset UTF-8 in any case, is accepted', async () => {
    for (const type of ['Application/JSON; charset=UTF-8', 'application/json;charset="utf-8"']) {
      const res = await api('POST', '/api/v1/patients', {
        token: secretary.token, rawBody: JSON.stringify(validPatient()), headers: { 'content-type': type },
      });
      assert.equal(res.status, 201, `${type}: ${res.text}`);
    }
  });

  test('another charset or a look-alike type is a 415 and nothing is created', async () => {
    for (const type of ['application/json; charset=latin1', 'application/jsonx', 'application/json-patch+json']) {
      const patient = validPatient();
      const res = await api('POST', '/api/v1/patients', {
        token: secretary.token, rawBody: JSON.stringify(patient), headers: { 'content-type': type },
      });
      assertProblem(res, 415);
      assert.deepEqual(await findByDocument(patient.document_number), []);
    }
  });
});

describe('paths', () => {
  test('an encoded slash never reaches another route: /users/1%2Fdeactivate does not deactivate', async () => {
    const user = await newUser('patient');
    const res = await api('POST', `/api/v1/users/${user.id}%2Fdeactivate`, { token: admin });
    assert.ok([404, 405].includes(res.status), `${res.status} ${res.text}`);
    assertProblem(res, res.status);
    const after = await api('GET', `/api/v1/users/${user.id}`, { token: admin });
    assert.equal(after.json.active, true);
    await login(user.username, user.password);
  });
});

describe('LIKE wildcards in searches match literally', () => {
  test('searching % or _ finds no one rather than everyone', async () => {
    await createPatient();
    for (const q of ['%', '_', '%25', '\\']) {
      const qs = new URLSearchParams({ q });
      const patients = await api('GET', `/api/v1/patients?${qs}`, { token: admin });
      assert.equal(patients.status, 200, patients.text);
      assert.deepEqual(patients.json.items, [], `patients ?q=${q}`);
      for (const path of ['/api/v1/users', '/api/v1/doctors', '/api/v1/practices']) {
        const res = await api('GET', `${path}?${qs}`, { token: admin });
        assert.equal(res.status, 200, res.text);
        assert.deepEqual(res.json.items, [], `${path}?q=${q}`);
      }
    }
  });

  test('a name with a literal % is found by it', async () => {
    const patient = await createPatient({ last_name: `Cien%${uniqueName('z').slice(-5)}` });
    const qs = new URLSearchParams({ q: patient.last_name });
    const res = await api('GET', `/api/v1/patients?${qs}`, { token: secretary.token });
    assert.deepEqual(res.json.items.map((p) => p.id), [patient.id]);
  });
});

test('no request of this file made the server answer 500', async (t) => {
  await demoToken('admin');
  await assertNoServerErrors(t);
});
