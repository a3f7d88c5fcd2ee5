// Patients (/api/v1/patients*): secretaries manage the patients registered at their
// clinics, the admin only reads, doctors read their own patients, a patient reads
// themself and edits only their contact details. Everything else is 404.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, uniquePassword,
  uniqueDni, listAll, assertNoServerErrors,
} from './helpers.mjs';

const PATIENT_FIELDS = [
  'id', 'first_name', 'last_name', 'document_type', 'document_number', 'birth_date', 'sex', 'phone', 'email',
  'address', 'insurer', 'insurer_member_number', 'sms_consent', 'user_id', 'clinic_ids', 'created_at',
];
const JSON_CT = { 'content-type': 'application/json' };
const E164 = '+5491155551234';

let admin;
let adminId;
let clinicA;
let clinicB;
let clinicC;
let secA; // {id, token, ...}: a secretary of clinic A only (assigned through PATCH /users)
let secB; // clinic B only
let secAB; // clinics A and B

const dotted = (d) => `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5)}`;
const sorted = (a) => [...a].sort((x, y) => x - y);

async function makeClinic(tag) {
  const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: `Pacientes ${tag} ${uniqueName('c')}`, address: 'Av. Cabildo 2000' } });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

async function assignClinics(user, clinicIds) {
  const res = await api('PATCH', `/api/v1/users/${user.id}`, { token: admin, body: { clinic_ids: clinicIds } });
  assert.equal(res.status, 200, res.text);
  assert.deepEqual(sorted(res.json.clinic_ids), sorted(clinicIds));
}

before(async () => {
  const signIn = await login('admin', 'healthpulse');
  admin = signIn.token;
  adminId = signIn.user.id;
  await adminToken();
  clinicA = await makeClinic('A');
  clinicB = await makeClinic('B');
  clinicC = await makeClinic('C');
  secA = await newUser('secretary');
  await assignClinics(secA, [clinicA.id]);
  secB = await newUser('secretary');
  await assignClinics(secB, [clinicB.id]);
  secAB = await newUser('secretary', { clinic_ids: [clinicA.id, clinicB.id] });
});

function validPatient(extra = {}) {
  return { first_name: 'Juana', last_name: `Pérez ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), ...extra };
}

async function createPatient(token, extra = {}) {
  const res = await api('POST', '/api/v1/patients', { token, body: validPatient(extra) });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

describe('POST /api/v1/patients', () => {
  test('a secretary of one clinic creates a patient there: 201, phone in E.164, DNI without dots', async () => {
    const dni = uniqueDni();
    const body = {
      first_name: 'Ana María', last_name: 'Fernández', document_type: 'DNI', document_number: dotted(dni),
      birth_date: '1985-07-21', sex: 'F', phone: '011 15 5555-1234', email: 'ana.fernandez@example.org',
      address: 'Av. Cabildo 2000, 3° B, CABA', insurer: 'OSDE', insurer_member_number: '61-234567-8', sms_consent: true,
    };
    const res = await api('POST', '/api/v1/patients', { token: secA.token, body });
    assert.equal(res.status, 201, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    for (const f of PATIENT_FIELDS) assert.ok(f in res.json, `patient field ${f}`);
    assert.ok(Number.isInteger(res.json.id) && res.json.id > 0);
    assert.equal(res.json.document_number, dni, 'stored without dots');
    assert.equal(res.json.phone, E164);
    for (const f of ['first_name', 'last_name', 'document_type', 'birth_date', 'sex', 'email', 'address', 'insurer', 'insurer_member_number', 'sms_consent']) {
      assert.deepEqual(res.json[f], body[f], f);
    }
    assert.equal(res.json.user_id, null);
    assert.deepEqual(res.json.clinic_ids, [clinicA.id], 'registered at her only clinic');
    assert.ok(!Number.isNaN(Date.parse(res.json.created_at)));

    const got = await api('GET', `/api/v1/patients/${res.json.id}`, { token: secA.token });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.json, res.json);
  });

  test('optional fields default to null; document type defaults to DNI', async () => {
    const p = await createPatient(secA.token);
    assert.equal(p.document_type, 'DNI');
    for (const f of ['birth_date', 'sex', 'phone', 'email', 'address', 'insurer', 'insurer_member_number', 'user_id']) {
      assert.equal(p[f], null, `${f} is null`);
    }
    assert.equal(typeof p.sms_consent, 'boolean');
  });

  test('phone numbers as people type them are stored as E.164', async () => {
    for (const phone of ['11 5555-1234', '011 15 5555-1234', '+54 9 11 5555-1234', '(011) 15-5555-1234']) {
      const p = await createPatient(secA.token, { phone });
      assert.equal(p.phone, E164, `${phone} → ${p.phone}`);
    }
  });

  test('the same document type and number is 409 on document_number, however it is written', async () => {
    const dni = uniqueDni();
    await createPatient(secA.token, { document_number: dni });
    for (const [token, number] of [[secA.token, dni], [secA.token, dotted(dni)], [secB.token, dni]]) {
      const res = await api('POST', '/api/v1/patients', { token, body: validPatient({ document_number: number }) });
      assertProblem(res, 409);
      assert.ok(Array.isArray(res.json.errors), res.text);
      assert.equal(res.json.errors[0].field, 'document_number');
    }
    // Another document type with the same number is another document.
    const passport = await createPatient(secA.token, { document_type: 'PASAPORTE', document_number: dni });
    assert.equal(passport.document_type, 'PASAPORTE');
  });

  test('each invalid field is 422 naming it; nothing is created', async () => {
    const post = (extra) => api('POST', '/api/v1/patients', { token: secA.token, body: validPatient(extra) });
    assertInvalid(await post({ first_name: '' }), 'first_name');
    assertInvalid(await post({ first_name: '   ' }), 'first_name');
    assertInvalid(await post({ last_name: '' }), 'last_name');
    assertInvalid(await post({ document_type: 'CUIT' }), 'document_type');
    assertInvalid(await post({ document_number: 'ABC12345' }), 'document_number'); // a DNI is digits
    assertInvalid(await post({ document_number: '123' }), 'document_number');
    assertInvalid(await post({ document_number: '123456789' }), 'document_number');
    assertInvalid(await post({ birth_date: '1990-02-30' }), 'birth_date');
    assertInvalid(await post({ birth_date: '21/07/1985' }), 'birth_date');
    assertInvalid(await post({ sex: 'Z' }), 'sex');
    assertInvalid(await post({ phone: 'llamame' }), 'phone');
    assertInvalid(await post({ phone: '123' }), 'phone');
    assertInvalid(await post({ email: 'not-an-email' }), 'email');
    assertInvalid(await post({ sms_consent: 'si' }), 'sms_consent');
    assertInvalid(await api('POST', '/api/v1/patients', { token: secA.token, body: {} }), 'first_name', 'last_name', 'document_number');
    const all = await api('POST', '/api/v1/patients', {
      token: secA.token,
      body: { first_name: '', last_name: '', document_type: 'X', document_number: '1', birth_date: 'ayer', sex: 'Q', phone: 'no', email: 'no' },
    });
    assertInvalid(all, 'first_name', 'last_name', 'document_type', 'birth_date', 'sex', 'phone', 'email');

    const dni = uniqueDni();
    assertInvalid(await post({ document_number: dni, email: 'bad' }), 'email');
    const found = await listAll('/api/v1/patients', { q: dni }, secA.token);
    assert.deepEqual(found, [], 'a rejected POST created nothing');
  });

  test('malformed JSON is 400; a non-JSON body is 415', async () => {
    assertProblem(await api('POST', '/api/v1/patients', { token: secA.token, rawBody: '{"first_name":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/patients', { token: secA.token, rawBody: '[]', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/patients', { token: secA.token, rawBody: JSON.stringify(validPatient()), headers: { 'content-type': 'text/plain' } }), 415);
  });

  test('a secretary with two clinics must say which: 422 without clinic_id or with one not hers', async () => {
    assertInvalid(await api('POST', '/api/v1/patients', { token: secAB.token, body: validPatient() }), 'clinic_id');
    assertInvalid(await api('POST', '/api/v1/patients', { token: secAB.token, body: validPatient({ clinic_id: clinicC.id }) }), 'clinic_id');
    assertInvalid(await api('POST', '/api/v1/patients', { token: secAB.token, body: validPatient({ clinic_id: 987654321 }) }), 'clinic_id');
    const p = await createPatient(secAB.token, { clinic_id: clinicB.id });
    assert.deepEqual(p.clinic_ids, [clinicB.id]);
    // Registered at B: the secretary of B reads it, the one of A does not.
    assert.equal((await api('GET', `/api/v1/patients/${p.id}`, { token: secB.token })).status, 200);
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token }), 404);
  });

  test('a secretary with one clinic may not register at another: 422 on clinic_id', async () => {
    assertInvalid(await api('POST', '/api/v1/patients', { token: secA.token, body: validPatient({ clinic_id: clinicB.id }) }), 'clinic_id');
    const own = await createPatient(secA.token, { clinic_id: clinicA.id });
    assert.deepEqual(own.clinic_ids, [clinicA.id]);
  });

  test('only secretaries create: admin, doctor and patient get 403; no token 401', async () => {
    const body = validPatient();
    for (const token of [admin, await demoToken('medico'), await demoToken('paciente')]) {
      assertProblem(await api('POST', '/api/v1/patients', { token, body }), 403);
    }
    assertProblem(await api('POST', '/api/v1/patients', { body }), 401);
    const found = await listAll('/api/v1/patients', { q: body.document_number }, admin);
    assert.deepEqual(found, []);
  });
});

describe('GET /api/v1/patients (search and pagination)', () => {
  let clinic;
  let sec;
  let maria;
  let mariano;
  let marta;
  let jose;
  before(async () => {
    // A clinic of its own, so this secretary's search space holds only these patients.
    clinic = await makeClinic('S');
    sec = await newUser('secretary', { clinic_ids: [clinic.id] });
    maria = await createPatient(sec.token, { first_name: 'María', last_name: 'González' });
    mariano = await createPatient(sec.token, { first_name: 'Mariano', last_name: 'Gonzalvez' });
    marta = await createPatient(sec.token, { first_name: 'Marta', last_name: 'Gómez' });
    jose = await createPatient(sec.token, { first_name: 'José Luis', last_name: 'Núñez' });
  });
  const search = async (q, token = sec.token) => sorted((await listAll('/api/v1/patients', { q }, token)).map((p) => p.id));

  test('name words in any order, as prefixes or substrings, accent- and case-insensitive', async () => {
    assert.deepEqual(await search('gonz mar'), sorted([maria.id, mariano.id]));
    assert.deepEqual(await search('mar gonz'), sorted([maria.id, mariano.id]));
    assert.deepEqual(await search('María González'), [maria.id]);
    assert.deepEqual(await search('MARIA GONZALEZ'), [maria.id]);
    assert.deepEqual(await search('gonzalez maria'), [maria.id]);
    assert.deepEqual(await search('zález'), [maria.id], 'a substring of a word');
    assert.deepEqual(await search('gomez'), [marta.id]);
    assert.deepEqual(await search('NUNEZ jose'), [jose.id]);
    assert.deepEqual(await search('luis'), [jose.id]);
    assert.deepEqual(await search('mar'), sorted([maria.id, mariano.id, marta.id]));
    assert.deepEqual(await search('gonz pérez'), [], 'every word must match');
  });

  test('digits search the document number by prefix (dots allowed)', async () => {
    const d = maria.document_number;
    assert.deepEqual(await search(d), [maria.id]);
    const prefix = await search(d.slice(0, 6));
    assert.ok(prefix.includes(maria.id));
    const dottedPrefix = await search(dotted(d).slice(0, 6)); // "9x.xxx"
    assert.ok(dottedPrefix.includes(maria.id));
    const all = await listAll('/api/v1/patients', { q: d.slice(0, 4) }, sec.token);
    assert.ok(all.every((p) => p.document_number.startsWith(d.slice(0, 4))));
    assert.deepEqual(await search(d.slice(1)), [], 'a prefix, not a substring');
  });

  test('limit=1 walks every patient of the secretary\'s clinic once', async () => {
    const walked = await listAll('/api/v1/patients', {}, sec.token, 1);
    assert.deepEqual(sorted(walked.map((p) => p.id)), sorted([maria.id, mariano.id, marta.id, jose.id]));
    for (const p of walked) for (const f of PATIENT_FIELDS) assert.ok(f in p, `patient field ${f}`);
    const first = await api('GET', '/api/v1/patients?limit=3', { token: sec.token });
    assert.equal(first.status, 200);
    assert.equal(first.json.items.length, 3);
    assert.equal(typeof first.json.next_cursor, 'string');
    const bySearch = await listAll('/api/v1/patients', { q: 'mar' }, sec.token, 1);
    assert.equal(bySearch.length, 3, 'pagination with q');
  });

  test('bad list parameters are 422', async () => {
    assertInvalid(await api('GET', '/api/v1/patients?limit=0', { token: sec.token }), 'limit');
    assertInvalid(await api('GET', '/api/v1/patients?limit=201', { token: sec.token }), 'limit');
    assertInvalid(await api('GET', '/api/v1/patients?cursor=garbage', { token: sec.token }), 'cursor');
  });

  test('a secretary of another clinic does not find them; the admin does', async () => {
    assert.deepEqual(await search('gonz mar', secB.token).then((r) => r.filter((id) => [maria.id, mariano.id].includes(id))), []);
    assert.deepEqual(await search(maria.document_number, secB.token), []);
    const b = await listAll('/api/v1/patients', {}, secB.token);
    assert.ok(!b.some((p) => p.id === maria.id));
    assert.ok(b.every((p) => p.clinic_ids.includes(clinicB.id)), 'secretary B lists only patients of clinic B');
    assert.deepEqual(await search(maria.document_number, admin), [maria.id]);
  });

  test('no token is 401', async () => {
    assertProblem(await api('GET', '/api/v1/patients'), 401);
    assertProblem(await api('GET', `/api/v1/patients?q=${maria.document_number}`), 401);
  });
});

describe('GET and PATCH /api/v1/patients/{id}', () => {
  test('the secretary PATCHes fields; phone normalized; null clears; GET agrees', async () => {
    const p = await createPatient(secA.token, { email: 'antes@example.org', insurer: 'Swiss Medical' });
    const res = await api('PATCH', `/api/v1/patients/${p.id}`, {
      token: secA.token, body: { last_name: 'Rodríguez', phone: '+54 9 11 5555-1234', email: null, sex: 'X', birth_date: '2000-02-29' },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.last_name, 'Rodríguez');
    assert.equal(res.json.phone, E164);
    assert.equal(res.json.email, null);
    assert.equal(res.json.sex, 'X');
    assert.equal(res.json.birth_date, '2000-02-29');
    assert.equal(res.json.insurer, 'Swiss Medical', 'untouched fields keep their value');
    assert.equal(res.json.document_number, p.document_number);
    assert.equal(res.json.created_at, p.created_at);
    const got = await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token });
    assert.deepEqual(got.json, res.json);
  });

  test('PATCH invalid fields is 422, a taken document 409; nothing changes', async () => {
    const p = await createPatient(secA.token);
    const other = await createPatient(secA.token);
    const patch = (body) => api('PATCH', `/api/v1/patients/${p.id}`, { token: secA.token, body });
    assertInvalid(await patch({ first_name: '' }), 'first_name');
    assertInvalid(await patch({ phone: 'no tengo' }), 'phone');
    assertInvalid(await patch({ email: 'x@' }), 'email');
    assertInvalid(await patch({ birth_date: '1999-13-01' }), 'birth_date');
    assertInvalid(await patch({ sex: 'male' }), 'sex');
    assertInvalid(await patch({ document_type: 'RUT' }), 'document_type');
    assertInvalid(await patch({ document_number: '12' }), 'document_number');
    const dup = await patch({ document_number: other.document_number });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'document_number');
    assertProblem(await api('PATCH', `/api/v1/patients/${p.id}`, { token: secA.token, rawBody: '{"phone":', headers: JSON_CT }), 400);
    assertProblem(await api('PATCH', `/api/v1/patients/${p.id}`, { token: secA.token, rawBody: '{}', headers: { 'content-type': 'text/plain' } }), 415);
    const got = await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token });
    assert.deepEqual(got.json, p);
  });

  test('unknown ids are 404', async () => {
    for (const id of ['987654321', 'abc', '0']) {
      assertProblem(await api('GET', `/api/v1/patients/${id}`, { token: secA.token }), 404);
      assertProblem(await api('PATCH', `/api/v1/patients/${id}`, { token: secA.token, body: { first_name: 'Nadie' } }), 404);
      assertProblem(await api('GET', `/api/v1/patients/${id}`, { token: admin }), 404);
    }
  });

  test('a secretary of another clinic gets 404 on GET and PATCH; nothing changes', async () => {
    const p = await createPatient(secA.token);
    const get = await api('GET', `/api/v1/patients/${p.id}`, { token: secB.token });
    assertProblem(get, 404);
    assert.ok(!get.text.includes(p.last_name), 'the 404 leaks no data');
    assertProblem(await api('PATCH', `/api/v1/patients/${p.id}`, { token: secB.token, body: { first_name: 'Robado' } }), 404);
    const fresh = await newUser('secretary'); // no clinic at all
    assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token: fresh.token }), 404);
    assert.deepEqual((await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token })).json, p);
  });

  test('the admin reads (200) but PATCH is 403', async () => {
    const p = await createPatient(secA.token);
    const got = await api('GET', `/api/v1/patients/${p.id}`, { token: admin });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.json, p);
    const listed = await listAll('/api/v1/patients', { q: p.document_number }, admin);
    assert.deepEqual(listed.map((x) => x.id), [p.id]);
    assertProblem(await api('PATCH', `/api/v1/patients/${p.id}`, { token: admin, body: { first_name: 'Admin' } }), 403);
    assert.deepEqual((await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token })).json, p);
  });

  test('a doctor with no appointments with the patient gets 404 and does not find them; PATCH is 403 (role)', async () => {
    const p = await createPatient(secA.token);
    const doctors = {
      medico: await demoToken('medico'),
      atClinicA: (await newUser('doctor', { clinic_ids: [clinicA.id] })).token,
    };
    for (const [who, token] of Object.entries(doctors)) {
      assertProblem(await api('GET', `/api/v1/patients/${p.id}`, { token }), 404);
      // Doctors never write demographics: refused for the role (like the admin), for any id alike.
      const patch = await api('PATCH', `/api/v1/patients/${p.id}`, { token, body: { first_name: 'Doc' } });
      assertProblem(patch, 403);
      assert.ok(!patch.text.includes(p.last_name));
      assertProblem(await api('PATCH', '/api/v1/patients/987654321', { token, body: { first_name: 'Doc' } }), 403);
      const res = await api('GET', `/api/v1/patients?q=${p.document_number}`, { token });
      assert.equal(res.status, 200, `${who}: ${res.text}`);
      assert.deepEqual(res.json.items, [], `${who} finds nobody`);
    }
  });

  test('no token is 401', async () => {
    assertProblem(await api('GET', '/api/v1/patients/1'), 401);
    assertProblem(await api('PATCH', '/api/v1/patients/1', { body: { first_name: 'X' } }), 401);
  });
});

describe('patient accounts', () => {
  let me; // the patient record
  let username;
  let password;
  let token;
  let other;
  before(async () => {
    username = uniqueName('pac');
    password = uniquePassword();
    const res = await api('POST', '/api/v1/patients', {
      token: secA.token, body: validPatient({ first_name: 'Lucía', last_name: 'Acosta', phone: '11 5555-1234', account: { username, password } }),
    });
    assert.equal(res.status, 201, res.text);
    me = res.json;
    token = (await login(username, password)).token;
    other = await createPatient(secA.token);
  });

  test('POST with account creates a patient login linked to the record', async () => {
    assert.ok(Number.isInteger(me.user_id), `user_id: ${JSON.stringify(me)}`);
    const meRes = await api('GET', '/api/v1/auth/me', { token });
    assert.equal(meRes.status, 200, meRes.text);
    assert.equal(meRes.json.role, 'patient');
    assert.equal(meRes.json.patient_id, me.id);
    assert.equal(meRes.json.id, me.user_id);
    assert.equal(meRes.json.username, username);
    const user = await api('GET', `/api/v1/users/${me.user_id}`, { token: admin });
    assert.equal(user.json.patient_id, me.id);
    assert.ok(!JSON.stringify(me).includes(password), 'the password is not echoed');
  });

  test('a bad account is 422 naming it, and no patient is created', async () => {
    const body = validPatient({ account: { username: uniqueName('pac'), password: 'short' } });
    const res = await api('POST', '/api/v1/patients', { token: secA.token, body });
    assertProblem(res, 422);
    const fields = res.json.errors.map((e) => e.field);
    assert.ok(fields.some((f) => f.startsWith('account')), `names account.*: ${JSON.stringify(fields)}`);
    assert.deepEqual(await listAll('/api/v1/patients', { q: body.document_number }, secA.token), []);
    // A taken username is a conflict, and again nothing is created.
    const taken = validPatient({ account: { username, password: uniquePassword() } });
    const dup = await api('POST', '/api/v1/patients', { token: secA.token, body: taken });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'account.username');
    assert.deepEqual(await listAll('/api/v1/patients', { q: taken.document_number }, secA.token), []);
  });

  test('the patient reads their own record; another patient\'s is 404', async () => {
    const own = await api('GET', `/api/v1/patients/${me.id}`, { token });
    assert.equal(own.status, 200, own.text);
    assert.equal(own.json.id, me.id);
    assert.equal(own.json.document_number, me.document_number);
    const res = await api('GET', `/api/v1/patients/${other.id}`, { token });
    assertProblem(res, 404);
    assert.ok(!res.text.includes(other.last_name));
    assertProblem(await api('PATCH', `/api/v1/patients/${other.id}`, { token, body: { phone: '11 5555-0000' } }), 404);
    const list = await api('GET', '/api/v1/patients', { token });
    if (list.status === 200) assert.ok(list.json.items.every((p) => p.id === me.id), 'a patient lists no one else');
    else assertProblem(list, 403);
    assertProblem(await api('POST', '/api/v1/patients', { token, body: validPatient() }), 403);
  });

  test('the patient PATCHes phone, email, address and sms_consent', async () => {
    const res = await api('PATCH', `/api/v1/patients/${me.id}`, {
      token, body: { phone: '011 15 4444-9876', email: 'lucia@example.org', address: 'Juramento 1500, CABA', sms_consent: true },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.phone, '+5491144449876');
    assert.equal(res.json.email, 'lucia@example.org');
    assert.equal(res.json.address, 'Juramento 1500, CABA');
    assert.equal(res.json.sms_consent, true);
    assert.equal(res.json.first_name, me.first_name);
    const off = await api('PATCH', `/api/v1/patients/${me.id}`, { token, body: { sms_consent: false } });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.json.sms_consent, false);
    me = off.json;
    assertInvalid(await api('PATCH', `/api/v1/patients/${me.id}`, { token, body: { phone: 'xyz' } }), 'phone');
  });

  test('the patient may not PATCH other fields: 422 naming each; nothing changes', async () => {
    assertInvalid(await api('PATCH', `/api/v1/patients/${me.id}`, { token, body: { first_name: 'Otra' } }), 'first_name');
    assertInvalid(await api('PATCH', `/api/v1/patients/${me.id}`, { token, body: { document_number: uniqueDni() } }), 'document_number');
    const mixed = await api('PATCH', `/api/v1/patients/${me.id}`, { token, body: { phone: '11 5555-0001', last_name: 'Otro', insurer: 'PAMI' } });
    assertInvalid(mixed, 'last_name', 'insurer');
    assert.ok(!mixed.json.errors.some((e) => e.field === 'phone'), 'the allowed field is not named');
    const got = await api('GET', `/api/v1/patients/${me.id}`, { token });
    assert.deepEqual(got.json, me);
  });
});

describe('audit', () => {
  test('patient.created, patient.viewed and patient.updated carry the patient_id', async () => {
    const p = await createPatient(secA.token);
    assert.equal((await api('GET', `/api/v1/patients/${p.id}`, { token: secA.token })).status, 200);
    assert.equal((await api('PATCH', `/api/v1/patients/${p.id}`, { token: secA.token, body: { insurer: 'IOMA' } })).status, 200);
    assert.equal((await api('GET', `/api/v1/patients/${p.id}`, { token: admin })).status, 200);

    const events = await listAll('/api/v1/audit-events', { patient_id: String(p.id) }, admin);
    assert.ok(events.every((e) => e.patient_id === p.id), 'the filter answers only this patient');
    for (const action of ['patient.created', 'patient.viewed', 'patient.updated']) {
      const e = events.find((x) => x.action === action && x.actor_user_id === secA.id);
      assert.ok(e, `${action} by the secretary: ${JSON.stringify(events.map((x) => [x.action, x.actor_user_id]))}`);
      assert.equal(e.patient_id, p.id);
    }
    assert.ok(events.some((e) => e.action === 'patient.viewed' && e.actor_user_id === adminId), 'the admin\'s read is audited too');
    const created = events.find((x) => x.action === 'patient.created');
    const updated = events.find((x) => x.action === 'patient.updated');
    assert.ok(updated.id > created.id);
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
