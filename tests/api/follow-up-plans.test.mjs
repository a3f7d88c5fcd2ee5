// Follow-up plans (/api/v1/follow-up-plans), per DESIGN.md §5 and §7: a treatment written
// with follow_up_days makes its plan; doctors manage the plans of patients under their
// care, secretaries and admins read them, a patient reads their own. The care
// relationship is made here: the demo secretary books the demo doctor for a fresh patient.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, login, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, uniquePassword, uniqueDni,
  assertNoServerErrors, assertSchema, bookFirstFreeSlot,
} from './helpers.mjs';

let admin;
let secretary; // demo secretaria, of the demo doctor's clinic
let otherSecretary; // a secretary of another clinic
let doctor; // demo medico: {token, doctor_id, clinic_ids}
let stranger; // a doctor of the same clinic with no turno with the patient
let patient; // a fresh patient under the demo doctor's care, with an account
let otherPatient; // a patient with an account, under nobody's care
let clinicId;

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n, from = today()) => new Date(Date.parse(`${from}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);

async function patientWithAccount(first) {
  const username = uniqueName('fu');
  const password = uniquePassword();
  const res = await api('POST', '/api/v1/patients', {
    token: secretary,
    body: { first_name: first, last_name: `Seguimiento ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), account: { username, password } },
  });
  assert.equal(res.status, 201, `create patient: ${res.status} ${res.text}`);
  return { ...res.json, token: (await login(username, password)).token };
}

async function bookTheDemoDoctor(patientId) {
  return bookFirstFreeSlot(secretary, { doctorId: doctor.doctor_id, clinicId, patientId, afterMs: Date.now() + 50 * 86400_000 });
}

async function treatment(body) {
  const res = await api('POST', `/api/v1/patients/${patient.id}/treatments`, {
    token: doctor.token, body: { clinic_id: clinicId, description: 'Enalapril 10 mg', start_date: today(), ...body },
  });
  assert.equal(res.status, 201, `POST treatments: ${res.status} ${res.text}`);
  return res.json;
}

async function plansOf(token, query) {
  const res = await api('GET', `/api/v1/follow-up-plans?${new URLSearchParams(query)}`, { token });
  assert.equal(res.status, 200, `GET follow-up-plans: ${res.status} ${res.text}`);
  assertSchema(res.json, 'FollowUpPlanList');
  return res.json.items;
}

const patch = (id, body, token = doctor.token) => api('PATCH', `/api/v1/follow-up-plans/${id}`, { token, body });
const create = (body, token = doctor.token) => api('POST', '/api/v1/follow-up-plans', { token, body });

before(async () => {
  admin = await adminToken();
  secretary = await demoToken('secretaria');
  const doctorToken = await demoToken('medico');
  const me = await api('GET', '/api/v1/auth/me', { token: doctorToken });
  doctor = { ...me.json, token: doctorToken };
  clinicId = doctor.clinic_ids[0];
  const clinics = await api('GET', '/api/v1/clinics?limit=200', { token: admin });
  const other = clinics.json.items.find((c) => c.id !== clinicId);
  otherSecretary = await newUser('secretary', { clinic_ids: [other.id] });
  stranger = await newUser('doctor', { clinic_ids: [clinicId], specialty: 'Guardia' });
  patient = await patientWithAccount('Marta');
  otherPatient = await patientWithAccount('Julio');
  await bookTheDemoDoctor(patient.id);
});

after(async (t) => { await assertNoServerErrors(t); });

describe('follow-up plans made by treatments', () => {
  test('a treatment with follow_up_days makes an active plan due that many days after its start', async () => {
    const t = await treatment({ follow_up_days: 30 });
    const plans = await plansOf(doctor.token, { patient_id: patient.id });
    const plan = plans.find((p) => p.treatment_id === t.original_id);
    assert.ok(plan, JSON.stringify(plans));
    assertSchema(plan, 'FollowUpPlan');
    assert.equal(plan.patient_id, patient.id);
    assert.equal(plan.interval_days, 30);
    assert.equal(plan.next_due_on, inDays(30));
    assert.equal(plan.status, 'active');
    assert.equal(plan.created_by, doctor.id);
  });

  test('amending the interval changes the plan; ending the treatment ends it', async () => {
    const t = await treatment({ follow_up_days: 10 });
    const longer = await api('POST', `/api/v1/records/entries/${t.id}/amendments`, {
      token: doctor.token, body: { clinic_id: clinicId, reason: 'Control mensual', follow_up_days: 28 },
    });
    assert.equal(longer.status, 201, longer.text);
    let plan = (await plansOf(doctor.token, { patient_id: patient.id })).find((p) => p.treatment_id === t.original_id);
    assert.equal(plan.interval_days, 28);
    const ended = await api('POST', `/api/v1/records/entries/${longer.json.id}/amendments`, {
      token: doctor.token, body: { clinic_id: clinicId, reason: 'Suspendido', end_date: today() },
    });
    assert.equal(ended.status, 201, ended.text);
    plan = (await plansOf(doctor.token, { patient_id: patient.id, status: 'ended' })).find((p) => p.treatment_id === t.original_id);
    assert.equal(plan?.status, 'ended');
  });
});

describe('PATCH /api/v1/follow-up-plans/{id}', () => {
  test('pause, resume, change the interval and due date, end; an ended plan answers 409', async () => {
    await treatment({ follow_up_days: 60 });
    const [plan] = await plansOf(doctor.token, { patient_id: patient.id, status: 'active' });
    for (const status of ['paused', 'active']) {
      const res = await patch(plan.id, { status });
      assert.equal(res.status, 200, res.text);
      assertSchema(res.json, 'FollowUpPlan');
      assert.equal(res.json.status, status);
    }
    const changed = await patch(plan.id, { interval_days: 14, next_due_on: inDays(3) });
    assert.equal(changed.status, 200, changed.text);
    assert.equal(changed.json.interval_days, 14);
    assert.equal(changed.json.next_due_on, inDays(3));
    assert.equal((await patch(plan.id, { status: 'ended' })).json.status, 'ended');
    assertProblem(await patch(plan.id, { status: 'active' }), 409);
    const [after] = (await plansOf(secretary, { patient_id: patient.id })).filter((p) => p.id === plan.id);
    assert.equal(after.status, 'ended');
    assert.equal(after.interval_days, 14);
  });

  test('bad input is 422 naming the field and changes nothing', async () => {
    const created = await create({ patient_id: patient.id, interval_days: 20 });
    assert.equal(created.status, 201, created.text);
    const id = created.json.id;
    assertInvalid(await patch(id, { interval_days: 0 }), 'interval_days');
    assertInvalid(await patch(id, { interval_days: 366 }), 'interval_days');
    assertInvalid(await patch(id, { next_due_on: '2024-02-30' }), 'next_due_on');
    assertInvalid(await patch(id, { next_due_on: inDays(-1) }), 'next_due_on');
    assertInvalid(await patch(id, { status: 'done' }), 'status');
    assertInvalid(await patch(id, {}), 'body');
    assertInvalid(await create({ patient_id: patient.id }), 'interval_days');
    assertInvalid(await create({ patient_id: patient.id, interval_days: 7, treatment_id: 999999999 }), 'treatment_id');
    const [same] = (await plansOf(doctor.token, { patient_id: patient.id })).filter((p) => p.id === id);
    assert.equal(same.interval_days, 20);
    assert.equal(same.status, 'active');
    assert.equal(same.next_due_on, inDays(20));
  });
});

describe('who sees and changes follow-up plans', () => {
  test("another clinic's secretary, a doctor without care and another patient get 404", async () => {
    const created = await create({ patient_id: patient.id, interval_days: 90 });
    assert.equal(created.status, 201, created.text);
    for (const token of [otherSecretary.token, stranger.token, otherPatient.token]) {
      assertProblem(await api('GET', `/api/v1/follow-up-plans?patient_id=${patient.id}`, { token }), 404);
      assert.ok(!(await plansOf(token, {})).some((p) => p.patient_id === patient.id));
    }
    assertProblem(await patch(created.json.id, { status: 'paused' }, stranger.token), 404);
    assertProblem(await create({ patient_id: patient.id, interval_days: 7 }, stranger.token), 404);
  });

  test('the patient sees their own plans only and may not write them: 403', async () => {
    const own = await plansOf(patient.token, {});
    assert.ok(own.length > 0);
    assert.ok(own.every((p) => p.patient_id === patient.id));
    assertProblem(await create({ patient_id: patient.id, interval_days: 7 }, patient.token), 403);
    assertProblem(await patch(own[0].id, { status: 'paused' }, patient.token), 403);
  });

  test('the secretary and the admin read the plans but may not change them: 403', async () => {
    const seen = await plansOf(secretary, { patient_id: patient.id });
    assert.ok(seen.length > 0);
    assert.ok((await plansOf(admin, { patient_id: patient.id })).length === seen.length);
    assertProblem(await patch(seen[0].id, { status: 'paused' }, secretary), 403);
    assertProblem(await create({ patient_id: patient.id, interval_days: 7 }, admin), 403);
  });
});
