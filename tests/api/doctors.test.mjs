// Doctors (/api/v1/doctors*) and their weekly schedule; a doctor profile comes from a
// user with role doctor (POST /users with clinic_ids, specialty, license_number).
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, uniquePassword, listAll,
  assertNoServerErrors,
} from './helpers.mjs';

const DOCTOR_FIELDS = ['id', 'user_id', 'full_name', 'specialty', 'license_number', 'clinic_ids', 'active'];
const JSON_CT = { 'content-type': 'application/json' };

let admin;
let clinicA;
let clinicB;
let clinicC;
before(async () => {
  admin = await adminToken();
  const make = async (tag) => {
    const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: `Doctores ${tag} ${uniqueName('c')}`, address: 'Av. Rivadavia 5000' } });
    assert.equal(res.status, 201, res.text);
    return res.json;
  };
  clinicA = await make('A');
  clinicB = await make('B');
  clinicC = await make('C');
});

let licenseCounter = 0;
const uniqueLicense = () => `MN ${Date.now() % 1000000}${process.pid % 1000}${(licenseCounter += 1)}`;
const sorted = (a) => [...a].sort((x, y) => x - y);

/** Creates a doctor user through POST /users (no sign-in); returns the user JSON. */
async function createDoctorUser(extra = {}) {
  const username = uniqueName('doc');
  const res = await api('POST', '/api/v1/users', {
    token: admin,
    body: {
      username, password: uniquePassword(), full_name: `Dra. Ana ${username}`, role: 'doctor',
      clinic_ids: [clinicA.id], specialty: 'Cardiología', license_number: uniqueLicense(), ...extra,
    },
  });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

describe('doctor profiles from users', () => {
  test('a user with role doctor gets doctor_id; GET /doctors/{id} and /doctors?clinic_id= show it', async () => {
    const license = uniqueLicense();
    const user = await createDoctorUser({ clinic_ids: [clinicA.id, clinicB.id], specialty: 'Cardiología', license_number: license });
    assert.ok(Number.isInteger(user.doctor_id) && user.doctor_id > 0, `doctor_id: ${JSON.stringify(user)}`);
    assert.deepEqual(sorted(user.clinic_ids), sorted([clinicA.id, clinicB.id]));
    assert.equal(user.patient_id, null);

    const res = await api('GET', `/api/v1/doctors/${user.doctor_id}`, { token: admin });
    assert.equal(res.status, 200, res.text);
    for (const f of DOCTOR_FIELDS) assert.ok(f in res.json, `doctor field ${f}`);
    assert.equal(res.json.id, user.doctor_id);
    assert.equal(res.json.user_id, user.id);
    assert.equal(res.json.full_name, user.full_name);
    assert.equal(res.json.specialty, 'Cardiología');
    assert.equal(res.json.license_number, license);
    assert.deepEqual(sorted(res.json.clinic_ids), sorted([clinicA.id, clinicB.id]));
    assert.equal(res.json.active, true);

    for (const clinic of [clinicA, clinicB]) {
      const list = await listAll('/api/v1/doctors', { clinic_id: String(clinic.id) }, admin, 2);
      assert.ok(list.every((d) => d.clinic_ids.includes(clinic.id)));
      assert.deepEqual(list.find((d) => d.id === user.doctor_id), res.json);
    }
    const atC = await listAll('/api/v1/doctors', { clinic_id: String(clinicC.id) }, admin);
    assert.ok(!atC.some((d) => d.id === user.doctor_id), 'not listed at a clinic they do not work at');
  });

  test('specialty and license are optional (license null)', async () => {
    const username = uniqueName('doc');
    const res = await api('POST', '/api/v1/users', { token: admin, body: { username, password: uniquePassword(), full_name: 'Dr. Sin Matrícula', role: 'doctor' } });
    assert.equal(res.status, 201, res.text);
    assert.ok(Number.isInteger(res.json.doctor_id));
    assert.deepEqual(res.json.clinic_ids, []);
    const d = await api('GET', `/api/v1/doctors/${res.json.doctor_id}`, { token: admin });
    assert.equal(d.status, 200, d.text);
    assert.equal(d.json.license_number, null);
    assert.deepEqual(d.json.clinic_ids, []);
  });

  test('a secretary gets clinic_ids but no doctor_id', async () => {
    const res = await api('POST', '/api/v1/users', {
      token: admin, body: { username: uniqueName('sec'), password: uniquePassword(), full_name: 'Secretaria Dos', role: 'secretary', clinic_ids: [clinicB.id] },
    });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(res.json.clinic_ids, [clinicB.id]);
    assert.equal(res.json.doctor_id, null);
  });

  test('a license number taken is 409 on license_number (POST /users and PATCH /doctors)', async () => {
    const first = await createDoctorUser();
    const license = (await api('GET', `/api/v1/doctors/${first.doctor_id}`, { token: admin })).json.license_number;
    const username = uniqueName('doc');
    const dup = await api('POST', '/api/v1/users', {
      token: admin, body: { username, password: uniquePassword(), full_name: 'Dr. Duplicado', role: 'doctor', license_number: license },
    });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'license_number');
    // No half-made user stayed behind.
    const users = await listAll('/api/v1/users', { q: username }, admin);
    assert.deepEqual(users, []);

    const second = await createDoctorUser();
    const patch = await api('PATCH', `/api/v1/doctors/${second.doctor_id}`, { token: admin, body: { license_number: license } });
    assertProblem(patch, 409);
    assert.equal(patch.json.errors[0].field, 'license_number');
  });

  test('clinic_ids on an admin or patient user is 422 on clinic_ids (POST and PATCH /users)', async () => {
    for (const role of ['admin', 'patient']) {
      const res = await api('POST', '/api/v1/users', {
        token: admin, body: { username: uniqueName('x'), password: uniquePassword(), full_name: 'No Clinics', role, clinic_ids: [clinicA.id] },
      });
      assertInvalid(res, 'clinic_ids');
    }
    const pat = await api('POST', '/api/v1/users', { token: admin, body: { username: uniqueName('p'), password: uniquePassword(), full_name: 'Paciente X', role: 'patient' } });
    assert.equal(pat.status, 201, pat.text);
    assertInvalid(await api('PATCH', `/api/v1/users/${pat.json.id}`, { token: admin, body: { clinic_ids: [clinicA.id] } }), 'clinic_ids');
    const got = await api('GET', `/api/v1/users/${pat.json.id}`, { token: admin });
    assert.deepEqual(got.json.clinic_ids, []);
  });

  test('clinic_ids naming an unknown clinic is 422 on clinic_ids', async () => {
    const res = await api('POST', '/api/v1/users', {
      token: admin, body: { username: uniqueName('doc'), password: uniquePassword(), full_name: 'Dr. Fantasma', role: 'doctor', clinic_ids: [987654321] },
    });
    assertInvalid(res, 'clinic_ids');
  });

  test('PATCH /users/{id} clinic_ids moves a doctor between clinics', async () => {
    const user = await createDoctorUser({ clinic_ids: [clinicA.id] });
    const res = await api('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { clinic_ids: [clinicC.id] } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json.clinic_ids, [clinicC.id]);
    const d = await api('GET', `/api/v1/doctors/${user.doctor_id}`, { token: admin });
    assert.deepEqual(d.json.clinic_ids, [clinicC.id]);
  });
});

describe('GET and PATCH /api/v1/doctors', () => {
  test('q finds by name; specialty filters', async () => {
    const tag = uniqueName('Zq');
    const cardio = await createDoctorUser({ full_name: `Dra. Lucía ${tag} Pérez`, specialty: 'Cardiología', clinic_ids: [clinicB.id] });
    const derma = await createDoctorUser({ full_name: `Dr. Tomás ${tag} Gómez`, specialty: 'Dermatología', clinic_ids: [clinicB.id] });
    const byName = await listAll('/api/v1/doctors', { q: tag }, admin);
    assert.deepEqual(sorted(byName.map((d) => d.id)), sorted([cardio.doctor_id, derma.doctor_id]));
    const lucia = await listAll('/api/v1/doctors', { q: `Lucía ${tag}` }, admin);
    assert.deepEqual(lucia.map((d) => d.id), [cardio.doctor_id]);
    const derm = await listAll('/api/v1/doctors', { q: tag, specialty: 'Dermatología' }, admin);
    assert.deepEqual(derm.map((d) => d.id), [derma.doctor_id]);
    const both = await listAll('/api/v1/doctors', { clinic_id: String(clinicB.id), specialty: 'Cardiología' }, admin);
    assert.ok(both.some((d) => d.id === cardio.doctor_id));
    assert.ok(!both.some((d) => d.id === derma.doctor_id));
    assert.ok(both.every((d) => d.specialty === 'Cardiología' && d.clinic_ids.includes(clinicB.id)));
  });

  test('PATCH changes specialty, license and clinic_ids (replaces); the user follows', async () => {
    const user = await createDoctorUser({ clinic_ids: [clinicA.id] });
    const license = uniqueLicense();
    const res = await api('PATCH', `/api/v1/doctors/${user.doctor_id}`, {
      token: admin, body: { specialty: 'Pediatría', license_number: license, clinic_ids: [clinicB.id, clinicC.id] },
    });
    assert.equal(res.status, 200, res.text);
    for (const f of DOCTOR_FIELDS) assert.ok(f in res.json, `doctor field ${f}`);
    assert.equal(res.json.specialty, 'Pediatría');
    assert.equal(res.json.license_number, license);
    assert.deepEqual(sorted(res.json.clinic_ids), sorted([clinicB.id, clinicC.id]));
    const u = await api('GET', `/api/v1/users/${user.id}`, { token: admin });
    assert.deepEqual(sorted(u.json.clinic_ids), sorted([clinicB.id, clinicC.id]));
    const got = await api('GET', `/api/v1/doctors/${user.doctor_id}`, { token: admin });
    assert.deepEqual(got.json, res.json);
  });

  test('PATCH bad input is 422/400/415; unknown ids are 404', async () => {
    const user = await createDoctorUser();
    assertInvalid(await api('PATCH', `/api/v1/doctors/${user.doctor_id}`, { token: admin, body: { clinic_ids: [987654321] } }), 'clinic_ids');
    assertInvalid(await api('PATCH', `/api/v1/doctors/${user.doctor_id}`, { token: admin, body: { clinic_ids: 'all' } }), 'clinic_ids');
    assertProblem(await api('PATCH', `/api/v1/doctors/${user.doctor_id}`, { token: admin, rawBody: '{"specialty":', headers: JSON_CT }), 400);
    assertProblem(await api('PATCH', `/api/v1/doctors/${user.doctor_id}`, { token: admin, rawBody: '{}', headers: { 'content-type': 'text/plain' } }), 415);
    for (const id of ['987654321', 'abc', '0']) {
      assertProblem(await api('GET', `/api/v1/doctors/${id}`, { token: admin }), 404);
      assertProblem(await api('PATCH', `/api/v1/doctors/${id}`, { token: admin, body: { specialty: 'X' } }), 404);
      assertProblem(await api('GET', `/api/v1/doctors/${id}/schedule`, { token: admin }), 404);
      assertProblem(await api('PUT', `/api/v1/doctors/${id}/schedule`, { token: admin, body: { blocks: [] } }), 404);
    }
    assertInvalid(await api('GET', '/api/v1/doctors?clinic_id=abc', { token: admin }), 'clinic_id');
    assertInvalid(await api('GET', '/api/v1/doctors?limit=0', { token: admin }), 'limit');
  });
});

describe('schedules', () => {
  let doctor; // a doctor at clinics A and B
  before(async () => {
    doctor = await createDoctorUser({ clinic_ids: [clinicA.id, clinicB.id] });
  });
  const put = (blocks, token = admin, id = doctor.doctor_id) => api('PUT', `/api/v1/doctors/${id}/schedule`, { token, body: { blocks } });
  const get = (token = admin, id = doctor.doctor_id) => api('GET', `/api/v1/doctors/${id}/schedule`, { token });

  test('a new doctor has an empty week', async () => {
    const fresh = await createDoctorUser();
    const res = await get(admin, fresh.doctor_id);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { blocks: [] });
  });

  test('PUT replaces the week and GET answers it sorted by weekday and from', async () => {
    const blocks = [
      { clinic_id: clinicB.id, weekday: 3, from: '14:00', to: '18:00' },
      { clinic_id: clinicA.id, weekday: 1, from: '14:00', to: '18:30' },
      { clinic_id: clinicA.id, weekday: 1, from: '08:00', to: '12:00' },
      { clinic_id: clinicB.id, weekday: 7, from: '09:00', to: '10:00' },
    ];
    const expected = [blocks[2], blocks[1], blocks[0], blocks[3]];
    const res = await put(blocks);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { blocks: expected });
    const got = await get();
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, { blocks: expected });

    // A second PUT replaces everything.
    const again = await put([{ clinic_id: clinicB.id, weekday: 2, from: '10:00', to: '11:00' }]);
    assert.equal(again.status, 200, again.text);
    assert.deepEqual((await get()).json, { blocks: [{ clinic_id: clinicB.id, weekday: 2, from: '10:00', to: '11:00' }] });
    const empty = await put([]);
    assert.equal(empty.status, 200, empty.text);
    assert.deepEqual((await get()).json, { blocks: [] });
  });

  test('back-to-back blocks (08:00-12:00 then 12:00-16:00) are fine, even at two clinics', async () => {
    const blocks = [
      { clinic_id: clinicA.id, weekday: 2, from: '08:00', to: '12:00' },
      { clinic_id: clinicB.id, weekday: 2, from: '12:00', to: '16:00' },
    ];
    const res = await put(blocks);
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json.blocks, blocks);
  });

  test('overlapping blocks on a weekday are 422 naming blocks[1] and the clashing block, even at different clinics', async () => {
    const stored = [{ clinic_id: clinicA.id, weekday: 5, from: '07:00', to: '08:00' }];
    assert.equal((await put(stored)).status, 200);
    for (const clinic of [clinicA, clinicB]) {
      const res = await put([
        { clinic_id: clinicA.id, weekday: 1, from: '08:00', to: '12:00' },
        { clinic_id: clinic.id, weekday: 1, from: '11:00', to: '13:00' },
      ]);
      assertInvalid(res, 'blocks[1]');
      const err = res.json.errors.find((e) => e.field === 'blocks[1]');
      assert.match(err.message, /blocks\[0\]/, `message names the clashing block: ${err.message}`);
      assert.match(err.message, /weekday 1 08:00-12:00/, `message shows the clashing block: ${err.message}`);
    }
    // One inside another, on the same clinic.
    const inside = await put([
      { clinic_id: clinicB.id, weekday: 4, from: '08:00', to: '18:00' },
      { clinic_id: clinicB.id, weekday: 4, from: '10:00', to: '11:00' },
    ]);
    assertInvalid(inside, 'blocks[1]');
    assert.match(inside.json.errors.find((e) => e.field === 'blocks[1]').message, /blocks\[0\].*weekday 4 08:00-18:00/);
    // The same hours on different weekdays do not overlap.
    const days = await put([
      { clinic_id: clinicA.id, weekday: 1, from: '08:00', to: '12:00' },
      { clinic_id: clinicB.id, weekday: 2, from: '08:00', to: '12:00' },
    ]);
    assert.equal(days.status, 200, days.text);
    // A rejected PUT left the stored week alone.
    await put(stored);
    assertInvalid(await put([stored[0], { ...stored[0], clinic_id: clinicB.id }]), 'blocks[1]');
    assert.deepEqual((await get()).json, { blocks: stored });
  });

  test('a block at a clinic that is not the doctor\'s is 422 on blocks[i].clinic_id', async () => {
    const res = await put([
      { clinic_id: clinicA.id, weekday: 1, from: '08:00', to: '12:00' },
      { clinic_id: clinicC.id, weekday: 2, from: '08:00', to: '12:00' },
    ]);
    assertInvalid(res, 'blocks[1].clinic_id');
    assert.ok(!res.json.errors.some((e) => e.field.startsWith('blocks[0]')));
    assertInvalid(await put([{ clinic_id: 987654321, weekday: 1, from: '08:00', to: '12:00' }]), 'blocks[0].clinic_id');
  });

  test('from >= to is 422 on blocks[i].to; bad weekday or time is named', async () => {
    const ok = { clinic_id: clinicA.id, weekday: 3, from: '08:00', to: '09:00' };
    assertInvalid(await put([ok, { clinic_id: clinicA.id, weekday: 1, from: '12:00', to: '08:00' }]), 'blocks[1].to');
    assertInvalid(await put([{ clinic_id: clinicA.id, weekday: 1, from: '10:00', to: '10:00' }]), 'blocks[0].to');
    assertInvalid(await put([{ ...ok, weekday: 0 }]), 'blocks[0].weekday');
    assertInvalid(await put([ok, { ...ok, weekday: 8 }]), 'blocks[1].weekday');
    assertInvalid(await put([{ ...ok, from: '25:00' }]), 'blocks[0].from');
    assertInvalid(await put([{ ...ok, to: '9am' }]), 'blocks[0].to');
    assertInvalid(await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: {} }), 'blocks');
    assertInvalid(await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks: 'mornings' } }), 'blocks');
    assertProblem(await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, rawBody: '{"blocks":[', headers: JSON_CT }), 400);
    assertProblem(await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, rawBody: '{"blocks":[]}', headers: { 'content-type': 'text/plain' } }), 415);
  });
});

describe('access control', () => {
  let doctor;
  let callers;
  let selfToken;
  before(async () => {
    const d = await newUser('doctor', { clinic_ids: [clinicA.id], specialty: 'Clínica médica', license_number: uniqueLicense() });
    doctor = d.user;
    selfToken = d.token;
    const sched = await api('PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin, body: { blocks: [{ clinic_id: clinicA.id, weekday: 1, from: '08:00', to: '12:00' }] } });
    assert.equal(sched.status, 200, sched.text);
    callers = {
      secretaria: await demoToken('secretaria'),
      medico: await demoToken('medico'),
      paciente: await demoToken('paciente'),
      clinicSecretary: (await newUser('secretary', { clinic_ids: [clinicA.id] })).token,
      theDoctor: selfToken,
    };
  });

  const writes = () => [
    ['PATCH', `/api/v1/doctors/${doctor.doctor_id}`, { specialty: 'Hackeología' }],
    ['PUT', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { blocks: [] }],
  ];
  const reads = () => [
    ['GET', '/api/v1/doctors'],
    ['GET', `/api/v1/doctors?clinic_id=${clinicA.id}`],
    ['GET', `/api/v1/doctors/${doctor.doctor_id}`],
    ['GET', `/api/v1/doctors/${doctor.doctor_id}/schedule`],
  ];

  test('secretary, doctor (even the same one) and patient get 403 on writes; nothing changes', async () => {
    const before = await api('GET', `/api/v1/doctors/${doctor.doctor_id}`, { token: admin });
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path, body] of writes()) {
        const res = await api(method, path, { token, body });
        assert.equal(res.status, 403, `${who} ${method} ${path}: ${res.status} ${res.text}`);
        assertProblem(res, 403);
      }
    }
    assert.deepEqual((await api('GET', `/api/v1/doctors/${doctor.doctor_id}`, { token: admin })).json, before.json);
    const sched = await api('GET', `/api/v1/doctors/${doctor.doctor_id}/schedule`, { token: admin });
    assert.equal(sched.json.blocks.length, 1);
  });

  test('every signed-in user reads doctors and schedules', async () => {
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path] of reads()) {
        const res = await api(method, path, { token });
        assert.equal(res.status, 200, `${who} ${method} ${path}: ${res.status} ${res.text}`);
      }
    }
  });

  test('no token is 401 on every route', async () => {
    for (const [method, path, body] of [...writes(), ...reads()]) {
      assertProblem(await api(method, path, { body }), 401);
    }
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
