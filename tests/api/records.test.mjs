// Clinical records (/api/v1/patients/{id}/record and its writes, amendments, emergency
// access, the access log, the admins' emergency report) and the CIE-10 search
// (/api/v1/icd10), per DESIGN.md §5 and §6. The care relationship is made here: at a
// clinic of this file's own (where it is about noon, so the turno is today), its
// secretary books its doctor for a fresh patient and the turno is moved to in_progress,
// as at the clinic. Every patient and extra doctor is this file's own.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni,
  listAll, assertNoServerErrors, assertSchema, bookFirstFreeSlot, todayClinic, bookToday,
} from './helpers.mjs';

const SCHEMA_OF_KIND = { diagnosis: 'Diagnosis', treatment: 'Treatment', note: 'Note', allergy: 'Allergy' };
const PLURAL = { diagnosis: 'diagnoses', treatment: 'treatments', note: 'notes', allergy: 'allergies' };

let admin;
let secretary; // the today clinic's secretary (token)
let doctor; // the today clinic's doctor: {token, id, doctor_id, clinic_ids, full_name}
let stranger; // a doctor of the same clinic with no turno with the patient
let patient; // a fresh patient with an account: {id, user_id, token}
let otherPatient; // another patient with an account, under nobody's care here
let consultation; // the turno of doctor and patient, in_progress
let laterTurno; // a second turno of theirs, still registered
let clinicId; // the doctor's clinic
let today; // todayClinic(): the clinic, its secretary and the doctor

function assertEntry(e, kind) {
  assert.equal(e.kind, kind);
  assertSchema(e, SCHEMA_OF_KIND[kind]);
  assert.ok(Number.isInteger(e.id));
  assert.match(e.created_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
}

/** Writes an entry of `kind` as `token`; returns the response. */
const write = (kind, body, token = doctor.token, patientId = patient.id) =>
  api('POST', `/api/v1/patients/${patientId}/${PLURAL[kind]}`, { token, body });

async function writeOk(kind, body, token = doctor.token, patientId = patient.id) {
  const res = await write(kind, { clinic_id: clinicId, ...body }, token, patientId);
  assert.equal(res.status, 201, `POST ${PLURAL[kind]}: ${res.status} ${res.text}`);
  assertEntry(res.json, kind);
  return res.json;
}

const amend = (id, body, token = doctor.token) => api('POST', `/api/v1/records/entries/${id}/amendments`, { token, body });

const readRecord = (token, patientId = patient.id, query = '') => api('GET', `/api/v1/patients/${patientId}/record${query}`, { token });

async function recordOk(token, patientId = patient.id, query = '') {
  const res = await readRecord(token, patientId, query);
  assert.equal(res.status, 200, `GET record: ${res.status} ${res.text}`);
  assertSchema(res.json, 'PatientRecord');
  assertSchema(res.json.patient, 'RecordPatient');
  assertSchema(res.json.access, 'RecordAccess');
  assertSchema(res.json.timeline, 'RecordTimeline');
  for (const e of res.json.timeline.items) assertEntry(e, e.kind);
  return res.json;
}

/** Every timeline entry, walking the cursor `limit` at a time. */
async function wholeTimeline(token, limit = 3) {
  const items = [];
  let cursor = null;
  do {
    const qs = new URLSearchParams({ limit: String(limit) });
    if (cursor) qs.set('cursor', cursor);
    const page = await recordOk(token, patient.id, `?${qs}`);
    assert.ok(page.timeline.items.length <= limit);
    items.push(...page.timeline.items);
    cursor = page.timeline.next_cursor;
  } while (cursor);
  return items;
}

async function patientWithAccount(first) {
  const username = uniqueName('hc');
  const password = uniquePassword();
  const res = await api('POST', '/api/v1/patients', {
    token: secretary,
    body: { first_name: first, last_name: `Historia ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), account: { username, password } },
  });
  assert.equal(res.status, 201, `create patient: ${res.status} ${res.text}`);
  return { ...res.json, token: (await login(username, password)).token };
}

async function bookTheDemoDoctor(patientId, afterMs) {
  return bookFirstFreeSlot(secretary, { doctorId: doctor.doctor_id, clinicId, patientId, afterMs });
}

async function moveTo(id, status, token) {
  const res = await api('POST', `/api/v1/appointments/${id}/status`, { token, body: { status } });
  assert.equal(res.status, 200, `→ ${status}: ${res.status} ${res.text}`);
}

before(async () => {
  admin = await adminToken();
  // A clinic where it is about noon, so the consultation can be today there (DESIGN.md §4).
  today = await todayClinic();
  secretary = today.secretary.token;
  const doctorToken = today.doctor.token;
  const me = await api('GET', '/api/v1/auth/me', { token: doctorToken });
  doctor = { ...me.json, token: doctorToken };
  clinicId = doctor.clinic_ids[0];
  const other = await newUser('doctor', { clinic_ids: [clinicId], specialty: 'Guardia' });
  stranger = { ...other, doctor_id: other.user.doctor_id };
  patient = await patientWithAccount('Lucía');
  otherPatient = await patientWithAccount('Tomás');

  // The consultation: booked by the secretary, the patient arrives, the doctor calls them in.
  consultation = await bookToday(today, patient.id);
  await moveTo(consultation.id, 'confirmed', secretary);
  await moveTo(consultation.id, 'waiting', secretary);
  await moveTo(consultation.id, 'in_progress', doctor.token);
  laterTurno = await bookTheDemoDoctor(patient.id, Date.parse(consultation.end) + 86400_000);
});

after(async (t) => { await assertNoServerErrors(t); });

// ---- CIE-10 --------------------------------------------------------------------------

describe('GET /api/v1/icd10', () => {
  const search = async (q, extra = '') => {
    const res = await api('GET', `/api/v1/icd10?q=${encodeURIComponent(q)}${extra}`, { token: patient.token });
    assert.equal(res.status, 200, `q=${q}: ${res.status} ${res.text}`);
    assertSchema(res.json, 'Icd10List');
    for (const c of res.json.items) assertSchema(c, 'Icd10Code');
    return res.json;
  };
  const codes = async (q, extra) => (await search(q, extra)).items.map((c) => c.code);

  test('E11, E11.9 and e119 find the code first, shown with its dot', async () => {
    const e11 = await search('E11');
    assert.equal(e11.items[0].code, 'E11');
    assert.equal(e11.items[0].description, 'Diabetes mellitus no insulinodependiente');
    assert.equal(e11.items[0].parent_code, 'E10-E14');
    assert.deepEqual(e11.items.slice(1, 4).map((c) => c.code), ['E11.0', 'E11.1', 'E11.2']);
    for (const q of ['E11.9', 'e119', 'e11.9']) assert.equal((await codes(q))[0], 'E11.9', q);
  });

  test('words find titles accent- and case-insensitively, best match first', async () => {
    // Both titles hold both words; the one the network records more often comes first.
    const insulino = await codes('diabetes insulino');
    assert.equal(insulino[0], 'E11');
    assert.ok(insulino.slice(0, 4).includes('E10'), insulino.join());
    assert.equal((await codes('HIPERTENSION esencial'))[0], 'I10');
    assert.equal((await codes('asma'))[0], 'J45', 'the word before words that merely contain it');
    assert.deepEqual(await codes('zzqqxx'), []);
  });

  test('what doctors mean first: "diabetes" is E11 and E11.9, synonyms and abbreviations as they are typed', async () => {
    assert.deepEqual((await codes('diabetes')).slice(0, 2), ['E11', 'E11.9']);
    assert.deepEqual((await codes('Diabetes')).slice(0, 2), ['E11', 'E11.9']);
    for (const q of ['hta', 'HTA', 'presión alta', 'presion al', 'hipertension']) assert.equal((await codes(q))[0], 'I10', q);
    for (const q of ['azúcar', 'azucar alta']) assert.equal((await codes(q))[0], 'E11', q);
    assert.equal((await codes('epoc'))[0], 'J44.9');
    // A synonym's codes come first, then the titles that hold the words.
    const asma = await codes('asma', '&limit=20');
    assert.equal(asma[0], 'J45');
    assert.ok(asma.includes('J45.0'), asma.join());
  });

  test('how often the network records a code ranks it: a diagnosis written now moves its code up', async () => {
    const order = async () => (await codes('paratifoidea', '&limit=20')).filter((c) => /^A01\.[1-4]$/.test(c));
    const before = await order();
    assert.deepEqual(before, ['A01.1', 'A01.2', 'A01.3', 'A01.4'], 'by length, then code, while none is recorded');
    const someone = await patientWithAccount('Ramiro');
    await bookToday(today, someone.id);
    await writeOk('diagnosis', { code: 'A01.4' }, doctor.token, someone.id);
    const after = await order();
    assert.equal(after[0], 'A01.4', after.join());
  });

  test('chapters and blocks are never offered; pages follow the cursor', async () => {
    for (const q of ['E1', 'enfermedades', 'diabetes']) {
      for (const c of await codes(q, '&limit=50')) assert.ok(!c.includes('-'), `${q}: ${c}`);
    }
    const first = await search('diabetes', '&limit=5');
    assert.equal(first.items.length, 5);
    assert.equal(typeof first.next_cursor, 'string');
    const second = await search('diabetes', `&limit=5&cursor=${encodeURIComponent(first.next_cursor)}`);
    const all = [...first.items, ...second.items].map((c) => c.code);
    assert.equal(new Set(all).size, 10, 'no code repeated across pages');
  });

  test('no query, a bad limit or no session are refused', async () => {
    assertInvalid(await api('GET', '/api/v1/icd10', { token: patient.token }), 'q');
    assertInvalid(await api('GET', '/api/v1/icd10?q=%25%25', { token: patient.token }), 'q');
    assertInvalid(await api('GET', '/api/v1/icd10?q=asma&limit=0', { token: patient.token }), 'limit');
    assertInvalid(await api('GET', '/api/v1/icd10?q=asma&limit=51', { token: patient.token }), 'limit');
    assertProblem(await api('GET', '/api/v1/icd10?q=asma'), 401);
  });
});

// ---- writing and reading -----------------------------------------------------------

describe('the record of a patient under care', () => {
  let diabetes;
  let asthma;
  let metformin;
  let oldTreatment;
  let publicNote;
  let privateNote;
  let allergy;

  before(async () => {
    diabetes = await writeOk('diagnosis', { code: 'e11.9', text: 'Tipo 2, diagnóstico reciente', chronic: true });
    asthma = await writeOk('diagnosis', { code: 'J45' });
    metformin = await writeOk('treatment', {
      description: 'Metformina 850 mg', dose: '1 comprimido', frequency: 'cada 12 horas', start_date: '2024-03-01',
      diagnosis_id: diabetes.id, follow_up_days: 90,
    });
    oldTreatment = await writeOk('treatment', { description: 'Amoxicilina 500 mg', start_date: '2023-01-10', end_date: '2023-01-17' });
    publicNote = await writeOk('note', { text: 'Se explicó la dieta y el plan de controles.' });
    privateNote = await writeOk('note', { text: 'Refiere situación familiar difícil.', private: true });
    allergy = await writeOk('allergy', { substance: 'Penicilina', reaction: 'Urticaria', severity: 'moderate' });
  });

  test('each kind is stored with its fields, author, clinic and time', async () => {
    assert.equal(diabetes.code, 'E11.9');
    assert.equal(diabetes.code_description, 'Diabetes mellitus no insulinodependiente sin mencion de complicacion');
    assert.equal(diabetes.chronic, true);
    assert.equal(diabetes.status, 'active');
    assert.equal(asthma.chronic, false);
    assert.equal(asthma.text, null);
    assert.equal(metformin.diagnosis_id, diabetes.id);
    assert.equal(metformin.follow_up_days, 90);
    assert.equal(metformin.end_date, null);
    assert.equal(privateNote.private, true);
    assert.equal(publicNote.private, false);
    assert.equal(allergy.severity, 'moderate');
    for (const e of [diabetes, metformin, publicNote, allergy]) {
      assert.equal(e.patient_id, patient.id);
      assert.equal(e.author_user_id, doctor.id);
      assert.equal(e.author_name, doctor.full_name);
      assert.equal(e.doctor_id, doctor.doctor_id);
      assert.equal(e.clinic_id, clinicId);
      assert.equal(e.appointment_id, null);
      assert.equal(e.amends_id, null);
      assert.equal(e.original_id, e.id);
      assert.equal(e.superseded, false);
    }
  });

  test('written during the consultation, an entry carries the appointment and its clinic', async () => {
    const res = await write('note', { text: 'Control de glucemia en ayunas.', appointment_id: consultation.id });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.appointment_id, consultation.id);
    assert.equal(res.json.clinic_id, consultation.clinic_id);
  });

  test('the record holds the problem list (chronic first), active treatments, allergies and the timeline', async () => {
    const r = await recordOk(doctor.token);
    assert.equal(r.patient.id, patient.id);
    assert.equal(r.patient.first_name, 'Lucía');
    assert.deepEqual(r.access, { kind: 'care', emergency_access_id: null, expires_at: null });
    assert.deepEqual(r.problems.map((d) => d.id), [diabetes.id, asthma.id]);
    for (const d of r.problems) assertEntry(d, 'diagnosis');
    assert.ok(r.treatments.some((t) => t.id === metformin.id));
    assert.ok(!r.treatments.some((t) => t.id === oldTreatment.id), 'a treatment that ended is not active');
    assert.deepEqual(r.allergies.map((a) => a.id), [allergy.id]);
    const timeline = await wholeTimeline(doctor.token);
    const ids = timeline.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'no entry twice across pages');
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
    for (const e of [diabetes, asthma, metformin, oldTreatment, publicNote, privateNote, allergy]) {
      assert.ok(ids.includes(e.id), `entry ${e.id} (${e.kind}) in the timeline`);
    }
    for (const e of timeline) assertEntry(e, e.kind);
    const onlyAllergies = await recordOk(doctor.token, patient.id, '?kind=allergy');
    assert.deepEqual(onlyAllergies.timeline.items.map((e) => e.kind), ['allergy']);
    assertInvalid(await readRecord(doctor.token, patient.id, '?kind=receta'), 'kind');
    assertInvalid(await readRecord(doctor.token, patient.id, '?limit=0'), 'limit');
  });

  test('the patient reads their own summary, without private notes', async () => {
    const r = await recordOk(patient.token);
    assert.equal(r.access.kind, 'own');
    assert.deepEqual(r.problems.map((d) => d.id), [diabetes.id, asthma.id]);
    const items = await listTimeline(patient.token);
    assert.ok(items.some((e) => e.id === publicNote.id));
    assert.ok(!items.some((e) => e.kind === 'note' && e.private), 'no private note');
    assert.ok(!JSON.stringify(items).includes('situación familiar'));
  });

  test('an amendment is a new version: both shown, the current first; current views use it', async () => {
    const resolved = await amend(asthma.id, { reason: 'Diagnóstico descartado por espirometría', status: 'resolved' });
    assert.equal(resolved.status, 201, resolved.text);
    assertEntry(resolved.json, 'diagnosis');
    assert.equal(resolved.json.amends_id, asthma.id);
    assert.equal(resolved.json.original_id, asthma.id);
    assert.equal(resolved.json.amendment_reason, 'Diagnóstico descartado por espirometría');
    assert.equal(resolved.json.status, 'resolved');
    assert.equal(resolved.json.code, 'J45', 'fields not sent are kept');

    const ended = await amend(metformin.id, { reason: 'Intolerancia digestiva', end_date: '2024-05-01' });
    assert.equal(ended.status, 201, ended.text);
    assert.equal(ended.json.end_date, '2024-05-01');
    assert.equal(ended.json.diagnosis_id, diabetes.id);

    const r = await recordOk(doctor.token);
    assert.deepEqual(r.problems.map((d) => d.id), [diabetes.id], 'the resolved diagnosis left the problem list');
    assert.ok(!r.treatments.some((t) => t.original_id === metformin.id), 'the ended treatment is not active');
    const timeline = await wholeTimeline(doctor.token, 50);
    const at = (id) => timeline.findIndex((e) => e.id === id);
    assert.equal(at(resolved.json.id) + 1, at(asthma.id), 'the current version right before the one it corrects');
    const old = timeline[at(asthma.id)];
    assert.equal(old.superseded, true);
    assert.equal(old.superseded_by, resolved.json.id);
    assert.equal(old.status, 'active', 'the old version is unchanged');

    const again = await amend(asthma.id, { reason: 'Otra vez', status: 'active' });
    assertProblem(again, 409);
    assert.match(again.json.detail, new RegExp(String(resolved.json.id)));
  });

  test('bad amendments name the field and change nothing', async () => {
    const before = (await wholeTimeline(doctor.token, 200)).length;
    assertInvalid(await amend(diabetes.id, { status: 'resolved' }), 'reason');
    assertInvalid(await amend(diabetes.id, { reason: '   ', status: 'resolved' }), 'reason');
    assertInvalid(await amend(diabetes.id, { reason: 'x', private: true }), 'private');
    assertInvalid(await amend(diabetes.id, { reason: 'x', code: 'U99.9' }), 'code');
    assertInvalid(await amend(diabetes.id, { reason: 'x', status: 'curado' }), 'status');
    assertInvalid(await amend(diabetes.id, { reason: 'x' }), 'body');
    assertInvalid(await amend(oldTreatment.id, { reason: 'x', end_date: '2022-12-31' }), 'end_date');
    assertProblem(await amend(999999999, { reason: 'x', status: 'resolved' }), 404);
    assertProblem(await api('POST', `/api/v1/records/entries/${diabetes.id}/amendments`, {
      token: doctor.token, rawBody: 'reason=x', headers: { 'content-type': 'text/plain' },
    }), 415);
    assert.equal((await wholeTimeline(doctor.token, 200)).length, before);
  });

  test('bad entries name the field and write nothing', async () => {
    const before = (await wholeTimeline(doctor.token, 200)).length;
    const cases = [
      ['diagnosis', { code: 'U99.9' }, 'code'],
      ['diagnosis', { code: 'E10-E14' }, 'code'],
      ['diagnosis', {}, 'code'],
      ['diagnosis', { code: 'E11', chronic: 'sí' }, 'chronic'],
      ['diagnosis', { code: 'E11', status: 'curado' }, 'status'],
      ['diagnosis', { code: 'E11', text: 'x'.repeat(2001) }, 'text'],
      ['treatment', { description: 'Enalapril', start_date: '01/03/2024' }, 'start_date'],
      ['treatment', { description: 'Enalapril', start_date: '2024-02-30' }, 'start_date'],
      ['treatment', { description: 'Enalapril', start_date: '2024-03-01', end_date: '2024-02-01' }, 'end_date'],
      ['treatment', { start_date: '2024-03-01' }, 'description'],
      ['treatment', { description: 'Enalapril', start_date: '2024-03-01', follow_up_days: 0 }, 'follow_up_days'],
      ['treatment', { description: 'Enalapril', start_date: '2024-03-01', diagnosis_id: allergy.id }, 'diagnosis_id'],
      ['note', { text: '' }, 'text'],
      ['note', { text: 'x', code: 'E11' }, 'code'],
      ['allergy', { substance: 'Látex', severity: 'fatal' }, 'severity'],
      ['note', { text: 'x', appointment_id: laterTurno.id }, 'appointment_id'],
      ['note', { text: 'x', appointment_id: 999999999 }, 'appointment_id'],
    ];
    for (const [kind, body, field] of cases) {
      assertInvalid(await write(kind, { clinic_id: clinicId, ...body }), field);
    }
    const clinics = await api('GET', '/api/v1/clinics?limit=200', { token: doctor.token });
    const notMine = clinics.json.items.find((c) => !doctor.clinic_ids.includes(c.id));
    assertInvalid(await write('note', { text: 'x', clinic_id: notMine.id }), 'clinic_id');
    // Another patient's diagnosis, made by a doctor who has that patient under care.
    const otherDiagnosis = await recordOfOtherPatientDiagnosis();
    assertInvalid(await write('treatment', { clinic_id: clinicId, description: 'x', start_date: '2024-01-01', diagnosis_id: otherDiagnosis }), 'diagnosis_id');
    assertProblem(await api('POST', `/api/v1/patients/${patient.id}/notes`, {
      token: doctor.token, rawBody: '{"text": ', headers: { 'content-type': 'application/json' },
    }), 400);
    assert.equal((await wholeTimeline(doctor.token, 200)).length, before);
  });
});

/** Every timeline item `token` may read of the patient. */
async function listTimeline(token) {
  const items = [];
  let cursor = null;
  do {
    const page = await recordOk(token, patient.id, cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : '?limit=200');
    items.push(...page.timeline.items);
    cursor = page.timeline.next_cursor;
  } while (cursor);
  return items;
}

/** A diagnosis of the other patient, written by the stranger doctor under emergency access. */
let otherDiagnosisId = null;
async function recordOfOtherPatientDiagnosis() {
  if (otherDiagnosisId) return otherDiagnosisId;
  const opened = await api('POST', `/api/v1/patients/${otherPatient.id}/emergency-access`, {
    token: stranger.token, body: { reason: 'Prueba de pertenencia de diagnósticos' },
  });
  assert.equal(opened.status, 201, opened.text);
  otherDiagnosisId = (await writeOk('diagnosis', { code: 'I10' }, stranger.token, otherPatient.id)).id;
  return otherDiagnosisId;
}

// ---- who may do what -----------------------------------------------------------------

describe('who may read and write a record', () => {
  test('doctor with care and the patient read; everyone else gets 404 as for no patient', async () => {
    assert.equal((await recordOk(doctor.token)).access.kind, 'care');
    assert.equal((await recordOk(patient.token)).access.kind, 'own');
    const rows = [
      ['doctor without care', stranger.token, patient.id],
      ['secretary', secretary, patient.id],
      ['admin', admin, patient.id],
      ['another patient', otherPatient.token, patient.id],
      ['no such patient', doctor.token, 999999999],
    ];
    const missing = await readRecord(doctor.token, 999999999);
    for (const [who, token, id] of rows) {
      const res = await readRecord(token, id);
      assertProblem(res, 404);
      assert.equal(res.json.detail, missing.json.detail, `${who}: the same answer as for no patient`);
    }
    assertProblem(await readRecord(undefined), 401);
  });

  test('only doctors write: 403 for other roles, 404 for a doctor without care', async () => {
    for (const [who, token] of [['secretary', secretary], ['admin', admin], ['patient', patient.token]]) {
      assertProblem(await write('note', { text: 'x', clinic_id: clinicId }, token), 403);
      assertProblem(await amend(1, { reason: 'x', text: 'y' }, token), 403);
      assert.ok(who);
    }
    assertProblem(await write('note', { text: 'x', clinic_id: clinicId }, stranger.token), 404);
    assertProblem(await write('note', { text: 'x', clinic_id: clinicId }, doctor.token, 999999999), 404);
    const entry = await writeOk('note', { text: 'Solo el médico de cabecera' });
    assertProblem(await amend(entry.id, { reason: 'x', text: 'y' }, stranger.token), 404);
  });
});

describe('emergency access', () => {
  let access;

  test('a doctor without care opens the record with a reason, for 24 hours', async () => {
    assertInvalid(await api('POST', `/api/v1/patients/${patient.id}/emergency-access`, { token: stranger.token, body: {} }), 'reason');
    assertInvalid(await api('POST', `/api/v1/patients/${patient.id}/emergency-access`, {
      token: stranger.token, body: { reason: 'x'.repeat(501) },
    }), 'reason');
    assertProblem(await readRecord(stranger.token), 404);
    const res = await api('POST', `/api/v1/patients/${patient.id}/emergency-access`, {
      token: stranger.token, body: { reason: 'Ingresa a la guardia descompensada' },
    });
    assert.equal(res.status, 201, res.text);
    access = res.json;
    assertSchema(access, 'EmergencyAccess');
    assert.equal(access.patient_id, patient.id);
    assert.equal(access.doctor_id, stranger.doctor_id);
    assert.equal(access.active, true);
    assert.equal(Date.parse(access.expires_at) - Date.parse(access.granted_at), 24 * 3600 * 1000);

    const r = await recordOk(stranger.token);
    assert.equal(r.access.kind, 'emergency');
    assert.equal(r.access.emergency_access_id, access.id);
    assert.equal(r.access.expires_at, access.expires_at);
    const note = await writeOk('note', { text: 'Atendida en guardia.' }, stranger.token);
    assert.equal(note.author_user_id, stranger.id);
  });

  test('every read and write meanwhile is flagged emergency in the audit log, without clinical text', async () => {
    const events = await listAll('/api/v1/audit-events', { patient_id: String(patient.id) }, admin);
    const mine = events.filter((e) => e.actor_user_id === stranger.id);
    const actions = mine.map((e) => e.action).sort();
    assert.deepEqual(actions, ['record.emergency_access_granted', 'record.note_added', 'record.viewed']);
    for (const e of mine) assert.equal(e.emergency, true, e.action);
    const doctorEvents = events.filter((e) => e.actor_user_id === doctor.id);
    assert.ok(doctorEvents.some((e) => e.action === 'record.diagnosis_added'));
    assert.ok(doctorEvents.some((e) => e.action === 'record.entry_amended'));
    for (const e of doctorEvents) assert.equal(e.emergency, false, e.action);
    const text = JSON.stringify(events);
    for (const clinical of ['Metformina', 'situación familiar', 'E11', 'descompensada', 'Penicilina']) {
      assert.ok(!text.includes(clinical), `"${clinical}" in the audit log`);
    }
  });

  test('the admins\' report lists it with its reason and the actions it allowed', async () => {
    const from = new Date(Date.parse(access.granted_at) - 1000).toISOString();
    const list = await listAll('/api/v1/emergency-accesses', { from }, admin);
    const found = list.find((a) => a.id === access.id);
    assert.ok(found, 'listed');
    for (const a of list) assertSchema(a, 'EmergencyAccess');
    assert.equal(found.reason, 'Ingresa a la guardia descompensada');
    assert.equal(found.doctor_name, stranger.user.full_name);
    assert.equal(found.event_count, 2, 'one read and one write');
    const later = await api('GET', `/api/v1/emergency-accesses?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`, { token: admin });
    assert.equal(later.status, 200, later.text);
    assert.ok(!later.json.items.some((a) => a.id === access.id));
    assertInvalid(await api('GET', '/api/v1/emergency-accesses?from=ayer', { token: admin }), 'from');
    for (const token of [doctor.token, secretary, patient.token]) {
      assertProblem(await api('GET', '/api/v1/emergency-accesses', { token }), 403);
    }
  });

  test('it is refused to doctors with care (409) and to other roles (403)', async () => {
    const body = { reason: 'Urgencia' };
    assertProblem(await api('POST', `/api/v1/patients/${patient.id}/emergency-access`, { token: doctor.token, body }), 409);
    for (const token of [secretary, admin, patient.token]) {
      assertProblem(await api('POST', `/api/v1/patients/${patient.id}/emergency-access`, { token, body }), 403);
    }
    assertProblem(await api('POST', '/api/v1/patients/999999999/emergency-access', { token: stranger.token, body }), 404);
  });
});

describe('POST /api/v1/emergency-accesses (by document)', () => {
  test('a doctor finds a patient outside their care by DNI only by opening the access with a reason', async () => {
    const arriving = await patientWithAccount('Inés');
    const dotted = arriving.document_number.replace(/^(\d{2})(\d{3})(\d{3})$/, '$1.$2.$3');
    const open = (body, token = stranger.token) => api('POST', '/api/v1/emergency-accesses', { token, body });
    assertInvalid(await open({ document_number: dotted }), 'reason');
    assertInvalid(await open({ reason: 'Guardia' }), 'document_number');
    assertProblem(await open({ document_type: 'PASAPORTE', document_number: 'zz-000-000', reason: 'Guardia' }), 404);
    for (const token of [secretary, admin, arriving.token]) {
      assertProblem(await open({ document_number: dotted, reason: 'Guardia' }, token), 403);
    }
    assertProblem(await readRecord(stranger.token, arriving.id), 404);

    const res = await open({ document_number: dotted, reason: 'Llega inconsciente a la guardia' });
    assert.equal(res.status, 201, res.text);
    assertSchema(res.json, 'EmergencyAccess');
    assert.equal(res.json.patient_id, arriving.id);
    assert.equal((await recordOk(stranger.token, arriving.id)).access.kind, 'emergency');
    const log = await listAll(`/api/v1/patients/${arriving.id}/access-log`, {}, arriving.token);
    assert.ok(log.some((e) => e.action === 'record.emergency_access_granted' && e.emergency), 'the patient sees it');
  });
});

describe('GET /api/v1/patients/{id}/access-log', () => {
  test('the patient sees who accessed their record and when, emergencies flagged', async () => {
    const items = await listAll(`/api/v1/patients/${patient.id}/access-log`, {}, patient.token, 5);
    for (const e of items) {
      assertSchema(e, 'AccessLogEntry');
      assert.match(e.action, /^record\./);
    }
    const byStranger = items.filter((e) => e.user_id === stranger.id);
    assert.ok(byStranger.length >= 3);
    for (const e of byStranger) {
      assert.equal(e.name, stranger.user.full_name);
      assert.equal(e.role, 'doctor');
      assert.equal(e.emergency, true);
    }
    assert.ok(items.some((e) => e.user_id === doctor.id && e.action === 'record.viewed' && !e.emergency));
    const ids = items.map((e) => e.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => b - a), 'newest first');
  });

  test('admins read it too; anyone else gets 404', async () => {
    const res = await api('GET', `/api/v1/patients/${patient.id}/access-log`, { token: admin });
    assert.equal(res.status, 200, res.text);
    for (const token of [doctor.token, stranger.token, secretary, otherPatient.token]) {
      assertProblem(await api('GET', `/api/v1/patients/${patient.id}/access-log`, { token }), 404);
    }
    assertProblem(await api('GET', '/api/v1/patients/999999999/access-log', { token: admin }), 404);
  });
});

describe('GET /api/v1/audit-events/verification', () => {
  test('the chain is intact after all of the above; only admins may check', async () => {
    const res = await api('GET', '/api/v1/audit-events/verification', { token: admin });
    assert.equal(res.status, 200, res.text);
    assertSchema(res.json, 'AuditVerification');
    assert.equal(res.json.ok, true, res.text);
    assert.ok(res.json.checked > 0);
    assert.equal(res.json.first_bad_id, undefined);
    for (const token of [doctor.token, secretary, patient.token]) {
      assertProblem(await api('GET', '/api/v1/audit-events/verification', { token }), 403);
    }
  });
});
