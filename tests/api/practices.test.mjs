// Nomenclators and practices (/api/v1/nomenclators*, /practices*): everyone signed in
// reads, only the admin writes; a nomenclator is imported from CSV all-or-nothing.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, listAll,
  assertNoServerErrors,
} from './helpers.mjs';

const PRACTICE_FIELDS = ['id', 'nomenclator_id', 'code', 'name', 'specialty', 'duration_minutes', 'active', 'clinic_ids'];
const JSON_CT = { 'content-type': 'application/json' };
const CSV_CT = { 'content-type': 'text/csv' };

let admin;
let clinicA;
let clinicB;
before(async () => {
  admin = await adminToken();
  for (const which of ['A', 'B']) {
    const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: `Práctica ${which} ${uniqueName('c')}`, address: 'Av. 9 de Julio 1' } });
    assert.equal(res.status, 201, res.text);
    if (which === 'A') clinicA = res.json;
    else clinicB = res.json;
  }
});

async function createNomenclator(name = `Nomenclador ${uniqueName('n')}`, version = '2024') {
  const res = await api('POST', '/api/v1/nomenclators', { token: admin, body: { name, version } });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

async function createPractice(nomenclatorId, extra = {}) {
  const res = await api('POST', '/api/v1/practices', {
    token: admin,
    body: { nomenclator_id: nomenclatorId, code: uniqueName('P').slice(-12), name: 'Consulta médica', specialty: 'Clínica médica', duration_minutes: 20, ...extra },
  });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

function importCsv(nomenclatorId, csv, headers = CSV_CT, token = admin) {
  return api('POST', `/api/v1/nomenclators/${nomenclatorId}/import`, { token, rawBody: csv, headers });
}

const practicesOf = (nomenclatorId, query = {}) => listAll('/api/v1/practices', { nomenclator_id: String(nomenclatorId), ...query }, admin);
const byCode = (items) => Object.fromEntries(items.map((p) => [p.code, p]));
const ids = (items) => items.map((p) => p.id).sort((a, b) => a - b);

describe('nomenclators', () => {
  test('POST is 201 {id, name, version}; GET lists it (paginated)', async () => {
    const name = `Nomenclador Nacional ${uniqueName('n')}`;
    const res = await api('POST', '/api/v1/nomenclators', { token: admin, body: { name, version: '2024-03' } });
    assert.equal(res.status, 201, res.text);
    assert.ok(Number.isInteger(res.json.id));
    assert.equal(res.json.name, name);
    assert.equal(res.json.version, '2024-03');
    const other = await createNomenclator();
    const all = await listAll('/api/v1/nomenclators', {}, admin, 1);
    const list = all.map((n) => n.id);
    assert.equal(new Set(list).size, list.length, 'no nomenclator twice');
    assert.deepEqual(all.find((n) => n.id === res.json.id), res.json);
    assert.ok(list.includes(other.id));
  });

  test('the same name and version is 409 on name; another version is fine', async () => {
    const n = await createNomenclator(undefined, '2023');
    const dup = await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: n.name, version: '2023' } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'name');
    const next = await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: n.name, version: '2024' } });
    assert.equal(next.status, 201, next.text);
  });

  test('version is required: missing or blank is 422 on version', async () => {
    assertInvalid(await api('POST', '/api/v1/nomenclators', { token: admin, body: {} }), 'name', 'version');
    assertInvalid(await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: `N ${uniqueName('n')}` } }), 'version');
    assertInvalid(await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: `N ${uniqueName('n')}`, version: '' } }), 'version');
  });

  test('bad input: 422 naming the field, 400 malformed JSON, 415 wrong content type', async () => {
    assertInvalid(await api('POST', '/api/v1/nomenclators', { token: admin, body: {} }), 'name');
    assertInvalid(await api('POST', '/api/v1/nomenclators', { token: admin, body: { name: '', version: '1' } }), 'name');
    assertProblem(await api('POST', '/api/v1/nomenclators', { token: admin, rawBody: '{"name":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/nomenclators', { token: admin, rawBody: '{"name":"x","version":"1"}', headers: { 'content-type': 'text/plain' } }), 415);
    assertInvalid(await api('GET', '/api/v1/nomenclators?limit=0', { token: admin }), 'limit');
  });
});

describe('POST /api/v1/nomenclators/{id}/import (CSV)', () => {
  test('a file with a header, quoted commas and accents creates the practices: 200 {created, updated}', async () => {
    const n = await createNomenclator();
    const csv = 'code,name,specialty,duration\r\n'
      + '420101,Consulta médica,Clínica médica,20\r\n'
      + '170101,"Electrocardiograma, con informe",Cardiología,15\r\n'
      + '180104,"Ecografía ""Doppler"" color",Diagnóstico por imágenes,30\r\n';
    const res = await importCsv(n.id, csv);
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.deepEqual(res.json, { created: 3, updated: 0 });

    const items = await practicesOf(n.id);
    assert.equal(items.length, 3);
    const p = byCode(items);
    for (const it of items) {
      for (const f of PRACTICE_FIELDS) assert.ok(f in it, `practice field ${f}`);
      assert.equal(it.nomenclator_id, n.id);
      assert.equal(it.active, true);
      assert.deepEqual(it.clinic_ids, []);
    }
    assert.equal(p['420101'].name, 'Consulta médica');
    assert.equal(p['420101'].specialty, 'Clínica médica');
    assert.equal(p['420101'].duration_minutes, 20);
    assert.equal(p['170101'].name, 'Electrocardiograma, con informe');
    assert.equal(p['170101'].specialty, 'Cardiología');
    assert.equal(p['170101'].duration_minutes, 15);
    assert.equal(p['180104'].name, 'Ecografía "Doppler" color');
  });

  test('a re-import updates existing codes and creates new ones; a file without header works', async () => {
    const n = await createNomenclator();
    const first = await importCsv(n.id, '010101,Consulta,Clínica médica,15\n010102,Control,Clínica médica,10\n');
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.json, { created: 2, updated: 0 });
    const before = byCode(await practicesOf(n.id));

    const second = await importCsv(n.id, 'code,name,specialty,duration\n010101,Consulta de guardia,Emergentología,30\n010103,Curación,Enfermería,10\n', { 'content-type': 'text/csv; charset=utf-8' });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual(second.json, { created: 1, updated: 1 });
    const after = byCode(await practicesOf(n.id));
    assert.equal(Object.keys(after).length, 3);
    assert.equal(after['010101'].id, before['010101'].id, 'updated in place');
    assert.equal(after['010101'].name, 'Consulta de guardia');
    assert.equal(after['010101'].specialty, 'Emergentología');
    assert.equal(after['010101'].duration_minutes, 30);
    assert.deepEqual(after['010102'], before['010102'], 'a code missing from the file is untouched');
    assert.equal(after['010103'].name, 'Curación');
  });

  test('a file with bad rows is 422 listing each bad row by line; nothing is imported', async () => {
    const n = await createNomenclator();
    const seeded = await importCsv(n.id, 'code,name,specialty,duration\n900001,Existente,Clínica médica,20\n');
    assert.deepEqual(seeded.json, { created: 1, updated: 0 });
    const before = await practicesOf(n.id);

    const csv = 'code,name,specialty,duration\n'
      + '900001,Existente cambiada,Clínica médica,25\n' // line 2: fine (an update)
      + '900002,Nueva buena,Clínica médica,20\n' // line 3: fine
      + '900003,Muy corta,Clínica médica,4\n' // line 4: duration < 5
      + '900004,Muy larga,Clínica médica,481\n' // line 5: duration > 480
      + '900005,Sin número,Clínica médica,veinte\n' // line 6: not a number
      + '900006,,Clínica médica,20\n' // line 7: no name
      + ',Sin código,Clínica médica,20\n'; // line 8: no code
    const res = await importCsv(n.id, csv);
    const fields = assertInvalid(res, 'rows[4].duration', 'rows[5].duration', 'rows[6].duration', 'rows[7].name', 'rows[8].code');
    assert.ok(!fields.some((f) => /^rows\[[23]\]/.test(f)), `good rows are not listed: ${JSON.stringify(fields)}`);
    assert.ok(fields.every((f) => /^rows\[\d+\]\.(code|name|specialty|duration)$/.test(f)), JSON.stringify(fields));

    const after = await practicesOf(n.id);
    assert.deepEqual(after, before, 'all rows or none: nothing created or updated');
  });

  test('line numbers count from 1 without a header; a row with the wrong number of columns is named', async () => {
    const n = await createNomenclator();
    const res = await importCsv(n.id, '800001,Bien,Clínica médica,20\n800002,Falta duración,Clínica médica\n800003,Mal,Clínica médica,0\n');
    assertInvalid(res, 'rows[3].duration');
    const fields = res.json.errors.map((e) => e.field);
    assert.ok(fields.some((f) => f.startsWith('rows[2]')), `row 2 (3 columns) is named: ${JSON.stringify(fields)}`);
    assert.ok(!fields.some((f) => f.startsWith('rows[1]')));
    assert.deepEqual(await practicesOf(n.id), []);
  });

  test('a JSON body or no content type is 415; nothing is imported', async () => {
    const n = await createNomenclator();
    const csv = '700001,Consulta,Clínica médica,20\n';
    assertProblem(await api('POST', `/api/v1/nomenclators/${n.id}/import`, { token: admin, body: { csv } }), 415);
    assertProblem(await importCsv(n.id, csv, JSON_CT), 415);
    assertProblem(await importCsv(n.id, csv, { 'content-type': 'text/plain' }), 415);
    assertProblem(await importCsv(n.id, Buffer.from(csv), {}), 415);
    assert.deepEqual(await practicesOf(n.id), []);
  });

  test('an unknown nomenclator is 404', async () => {
    assertProblem(await importCsv(987654321, '700001,Consulta,Clínica médica,20\n'), 404);
    assertProblem(await importCsv('abc', '700001,Consulta,Clínica médica,20\n'), 404);
  });
});

describe('POST and PATCH /api/v1/practices', () => {
  let nom;
  before(async () => {
    nom = await createNomenclator();
  });

  test('POST is 201 with every field, including clinic_ids', async () => {
    const res = await api('POST', '/api/v1/practices', {
      token: admin,
      body: { nomenclator_id: nom.id, code: '420351', name: 'Holter de 24 horas', specialty: 'Cardiología', duration_minutes: 30, clinic_ids: [clinicA.id, clinicB.id] },
    });
    assert.equal(res.status, 201, res.text);
    for (const f of PRACTICE_FIELDS) assert.ok(f in res.json, `practice field ${f}`);
    assert.equal(res.json.nomenclator_id, nom.id);
    assert.equal(res.json.code, '420351');
    assert.equal(res.json.name, 'Holter de 24 horas');
    assert.equal(res.json.specialty, 'Cardiología');
    assert.equal(res.json.duration_minutes, 30);
    assert.equal(res.json.active, true);
    assert.deepEqual([...res.json.clinic_ids].sort((a, b) => a - b), [clinicA.id, clinicB.id].sort((a, b) => a - b));
    const listed = (await practicesOf(nom.id)).find((p) => p.id === res.json.id);
    assert.deepEqual(listed, res.json);
  });

  test('a code taken in the nomenclator is 409 on code; in another nomenclator it is fine', async () => {
    const p = await createPractice(nom.id);
    const dup = await api('POST', '/api/v1/practices', { token: admin, body: { nomenclator_id: nom.id, code: p.code, name: 'Otra', specialty: 'Otra', duration_minutes: 15 } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'code');
    const other = await createNomenclator();
    await createPractice(other.id, { code: p.code });
  });

  test('each invalid field is 422 naming it', async () => {
    const ok = () => ({ nomenclator_id: nom.id, code: uniqueName('V').slice(-12), name: 'Válida', specialty: 'Clínica médica', duration_minutes: 20 });
    const post = (body) => api('POST', '/api/v1/practices', { token: admin, body });
    assertInvalid(await post({ ...ok(), duration_minutes: 4 }), 'duration_minutes');
    assertInvalid(await post({ ...ok(), duration_minutes: 481 }), 'duration_minutes');
    assertInvalid(await post({ ...ok(), duration_minutes: 'veinte' }), 'duration_minutes');
    assertInvalid(await post({ ...ok(), code: '' }), 'code');
    assertInvalid(await post({ ...ok(), name: '' }), 'name');
    assertInvalid(await post({ ...ok(), clinic_ids: [987654321] }), 'clinic_ids');
    assertInvalid(await post({ ...ok(), clinic_ids: 'all' }), 'clinic_ids');
    assertInvalid(await post({ ...ok(), nomenclator_id: 987654321 }), 'nomenclator_id');
    assertInvalid(await post({}), 'nomenclator_id', 'code', 'name', 'duration_minutes');
    // 5 and 480 are the bounds, inclusive.
    assert.equal((await post({ ...ok(), duration_minutes: 5 })).status, 201);
    assert.equal((await post({ ...ok(), duration_minutes: 480 })).status, 201);
    assertProblem(await api('POST', '/api/v1/practices', { token: admin, rawBody: '{"code":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/practices', { token: admin, rawBody: JSON.stringify(ok()), headers: { 'content-type': 'text/csv' } }), 415);
  });

  test('PATCH changes fields; clinic_ids replaces; duration out of range is 422', async () => {
    const p = await createPractice(nom.id, { clinic_ids: [clinicA.id] });
    const res = await api('PATCH', `/api/v1/practices/${p.id}`, {
      token: admin, body: { name: 'Consulta de seguimiento', duration_minutes: 40, clinic_ids: [clinicB.id] },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.name, 'Consulta de seguimiento');
    assert.equal(res.json.duration_minutes, 40);
    assert.deepEqual(res.json.clinic_ids, [clinicB.id]);
    assert.equal(res.json.code, p.code, 'untouched fields keep their value');
    assert.equal(res.json.specialty, p.specialty);

    for (const duration_minutes of [0, 4, 481, 1000, -5, 'x', 12.5]) {
      assertInvalid(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { duration_minutes } }), 'duration_minutes');
    }
    assertInvalid(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { name: '' } }), 'name');
    assertInvalid(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { active: 'yes' } }), 'active');
    assertInvalid(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { clinic_ids: [987654321] } }), 'clinic_ids');
    const taken = await createPractice(nom.id);
    const dup = await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { code: taken.code } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'code');
    const got = (await practicesOf(nom.id)).find((x) => x.id === p.id);
    assert.deepEqual(got, res.json, 'rejected PATCHes changed nothing');

    const cleared = await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, body: { clinic_ids: [], active: false } });
    assert.equal(cleared.status, 200, cleared.text);
    assert.deepEqual(cleared.json.clinic_ids, []);
    assert.equal(cleared.json.active, false);
  });

  test('PATCH an unknown practice is 404; malformed JSON 400; wrong content type 415', async () => {
    assertProblem(await api('PATCH', '/api/v1/practices/987654321', { token: admin, body: { name: 'Nada' } }), 404);
    assertProblem(await api('PATCH', '/api/v1/practices/abc', { token: admin, body: { name: 'Nada' } }), 404);
    const p = await createPractice(nom.id);
    assertProblem(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, rawBody: '{"name"', headers: JSON_CT }), 400);
    assertProblem(await api('PATCH', `/api/v1/practices/${p.id}`, { token: admin, rawBody: '{"name":"x"}', headers: { 'content-type': 'text/plain' } }), 415);
  });
});

describe('GET /api/v1/practices', () => {
  let nom;
  let ecg;
  let eco;
  let consulta;
  let inactive;
  before(async () => {
    nom = await createNomenclator();
    ecg = await createPractice(nom.id, { code: '170101', name: 'Electrocardiograma', specialty: 'Cardiología', duration_minutes: 15, clinic_ids: [clinicA.id] });
    eco = await createPractice(nom.id, { code: '180104', name: 'Ecografía cardíaca', specialty: 'Cardiología', duration_minutes: 30 });
    consulta = await createPractice(nom.id, { code: '420101', name: 'Consulta médica', specialty: 'Clínica médica', duration_minutes: 20 });
    inactive = await createPractice(nom.id, { code: '420199', name: 'Práctica discontinuada', specialty: 'Clínica médica', duration_minutes: 20 });
    const p1 = await api('PATCH', `/api/v1/practices/${consulta.id}`, { token: admin, body: { clinic_ids: [clinicA.id, clinicB.id] } });
    assert.equal(p1.status, 200, p1.text);
    consulta = p1.json;
    const p2 = await api('PATCH', `/api/v1/practices/${inactive.id}`, { token: admin, body: { active: false } });
    assert.equal(p2.status, 200, p2.text);
    inactive = p2.json;
  });

  test('nomenclator_id lists exactly that nomenclator, walking pages of 1', async () => {
    const all = await listAll('/api/v1/practices', { nomenclator_id: String(nom.id) }, admin, 1);
    assert.deepEqual(ids(all), ids([ecg, eco, consulta, inactive]));
  });

  test('q matches the name, accent- and case-insensitive, or the code', async () => {
    const q = async (text) => ids(await practicesOf(nom.id, { q: text }));
    assert.deepEqual(await q('electrocardiograma'), [ecg.id]);
    assert.deepEqual(await q('ELECTROCARDIOGRAMA'), [ecg.id]);
    assert.deepEqual(await q('cardio'), [ecg.id], '"cardio" is inside electrocardiograma');
    assert.deepEqual(await q('CARDI'), ids([ecg, eco]), '"cardi" is inside electrocardiograma and cardíaca');
    assert.deepEqual(await q('ecografia'), [eco.id], 'without the accent');
    assert.deepEqual(await q('ECOGRAFÍA'), [eco.id], 'upper case with the accent');
    assert.deepEqual(await q('cardiaca'), [eco.id]);
    assert.deepEqual(await q('170101'), [ecg.id], 'by code');
    assert.deepEqual(await q('4201'), ids([consulta, inactive]), 'by code prefix');
    assert.deepEqual(await q('zzzzqqq'), []);
  });

  test('clinic_id, specialty and active filter, combined', async () => {
    assert.deepEqual(ids(await practicesOf(nom.id, { clinic_id: String(clinicA.id) })), ids([ecg, consulta]));
    assert.deepEqual(ids(await practicesOf(nom.id, { clinic_id: String(clinicB.id) })), [consulta.id]);
    assert.deepEqual(ids(await practicesOf(nom.id, { specialty: 'Cardiología' })), ids([ecg, eco]));
    assert.deepEqual(ids(await practicesOf(nom.id, { active: 'false' })), [inactive.id]);
    assert.deepEqual(ids(await practicesOf(nom.id, { active: 'true' })), ids([ecg, eco, consulta]));
    assert.deepEqual(ids(await practicesOf(nom.id, { active: 'true', specialty: 'Clínica médica' })), [consulta.id]);
    assert.deepEqual(ids(await practicesOf(nom.id, { q: 'cardio', clinic_id: String(clinicA.id) })), [ecg.id]);
    // Without nomenclator_id, clinic_id alone still only answers practices offered there.
    const atB = await listAll('/api/v1/practices', { clinic_id: String(clinicB.id) }, admin);
    assert.ok(atB.every((p) => p.clinic_ids.includes(clinicB.id)));
    assert.ok(atB.some((p) => p.id === consulta.id));
  });

  test('bad parameters are 422 naming them', async () => {
    assertInvalid(await api('GET', '/api/v1/practices?nomenclator_id=abc', { token: admin }), 'nomenclator_id');
    assertInvalid(await api('GET', '/api/v1/practices?clinic_id=abc', { token: admin }), 'clinic_id');
    assertInvalid(await api('GET', '/api/v1/practices?active=maybe', { token: admin }), 'active');
    assertInvalid(await api('GET', '/api/v1/practices?limit=201', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/practices?cursor=garbage', { token: admin }), 'cursor');
  });
});

describe('access control', () => {
  let nom;
  let practice;
  let callers;
  before(async () => {
    nom = await createNomenclator();
    practice = await createPractice(nom.id);
    callers = {
      secretaria: await demoToken('secretaria'),
      medico: await demoToken('medico'),
      paciente: await demoToken('paciente'),
      clinicDoctor: (await newUser('doctor', { clinic_ids: [clinicA.id], specialty: 'Cardiología' })).token,
    };
  });

  const writes = () => [
    ['POST', '/api/v1/nomenclators', { body: { name: `Nope ${uniqueName('n')}`, version: '1' } }],
    ['POST', `/api/v1/nomenclators/${nom.id}/import`, { rawBody: '600001,Hack,Hack,20\n', headers: CSV_CT }],
    ['POST', '/api/v1/practices', { body: { nomenclator_id: nom.id, code: 'HACK1', name: 'Hack', specialty: 'Hack', duration_minutes: 20 } }],
    ['PATCH', `/api/v1/practices/${practice.id}`, { body: { name: 'Hacked' } }],
  ];
  const reads = () => [
    ['GET', '/api/v1/nomenclators'],
    ['GET', `/api/v1/practices?nomenclator_id=${nom.id}`],
    ['GET', '/api/v1/practices?q=consulta'],
  ];

  test('secretary, doctor and patient get 403 on every write; nothing changes', async () => {
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path, opts] of writes()) {
        const res = await api(method, path, { token, ...opts });
        assert.equal(res.status, 403, `${who} ${method} ${path}: ${res.status} ${res.text}`);
        assertProblem(res, 403);
      }
    }
    assert.deepEqual(await practicesOf(nom.id), [practice]);
  });

  test('every signed-in user reads nomenclators and practices', async () => {
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path] of reads()) {
        const res = await api(method, path, { token });
        assert.equal(res.status, 200, `${who} ${method} ${path}: ${res.status} ${res.text}`);
      }
    }
  });

  test('no token is 401 on every route', async () => {
    for (const [method, path, opts] of [...writes(), ...reads().map(([m, p]) => [m, p, {}])]) {
      assertProblem(await api(method, path, opts), 401);
    }
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
