// "Seguimiento" (GET /api/v1/follow-up-worklist, issue 10): active plans whose due date has
// passed, or whose patient was alerted, with no live turno booked since; secretaries see
// their clinics' patients (patient_visible_to), admins everyone; doctors and patients 403.
// And the SMS consent a patient turns off and on in "Mi perfil" (PATCH /patients/{id}).
// A plan falls due here by SQL (PATCH refuses past dates), as time would make it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  api, login, newUser, adminToken, demoToken, assertProblem, assertInvalid, assertSchema, assertNoServerErrors,
  uniqueName, uniquePassword, uniqueDni, bookFirstFreeSlot, listAll,
} from './helpers.mjs';

const DATABASE_URL = process.env.HEALTHPULSE_DATABASE_URL || '';
const sql = (statement) =>
  execFileSync('psql', [DATABASE_URL, '-X', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8', timeout: 30000 }).trim();

let admin;
let secretary; // demo secretaria: {token, id}
let otherSecretary; // a secretary of another clinic
let doctor; // demo medico: {token, doctor_id, clinic_ids}
let patient; // a fresh patient of the demo clinic with an account, whose plan falls due
let plan;
let clinicId;
let otherClinicId;
let today; // the demo clinic's local day

const dayOffset = (n) => sql(`SELECT to_char(DATE '${today}' + ${n}, 'YYYY-MM-DD')`);
const worklist = (token, query = {}) => api('GET', `/api/v1/follow-up-worklist?${new URLSearchParams(query)}`, { token });
const rowOf = async (token, query) => (await listAll('/api/v1/follow-up-worklist', query, token)).find((w) => w.plan_id === plan.id);

before(async () => {
  assert.ok(DATABASE_URL, 'HEALTHPULSE_DATABASE_URL names the server\'s database (scripts/test.sh exports it)');
  admin = await adminToken();
  const secretaryToken = await demoToken('secretaria');
  secretary = { ...(await api('GET', '/api/v1/auth/me', { token: secretaryToken })).json, token: secretaryToken };
  const doctorToken = await demoToken('medico');
  doctor = { ...(await api('GET', '/api/v1/auth/me', { token: doctorToken })).json, token: doctorToken };
  clinicId = doctor.clinic_ids[0];
  const clinics = await api('GET', '/api/v1/clinics?limit=200', { token: admin });
  const clinic = clinics.json.items.find((c) => c.id === clinicId);
  otherClinicId = clinics.json.items.find((c) => !secretary.clinic_ids.includes(c.id)).id;
  otherSecretary = await newUser('secretary', { clinic_ids: [otherClinicId] });
  today = sql(`SELECT to_char((now() AT TIME ZONE '${clinic.timezone}')::date, 'YYYY-MM-DD')`);

  const username = uniqueName('wl');
  const password = uniquePassword();
  const created = await api('POST', '/api/v1/patients', {
    token: secretary.token,
    body: {
      first_name: 'Rosa', last_name: `Seguimiento ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(),
      // No SMS consent yet: the server's own scheduler would otherwise alert this due plan
      // at its next pass, in the middle of the checks of "never alerted" below.
      phone: '11 5555-0101', sms_consent: false, account: { username, password },
    },
  });
  assert.equal(created.status, 201, created.text);
  patient = { ...created.json, token: (await login(username, password)).token };
  // Under the doctor's care through a turno; the treatment makes the plan; the turno is then
  // cancelled, so nothing is booked after the due date.
  const turno = await bookFirstFreeSlot(secretary.token, { doctorId: doctor.doctor_id, clinicId, patientId: patient.id, afterMs: Date.now() + 60 * 86400_000 });
  const treatment = await api('POST', `/api/v1/patients/${patient.id}/treatments`, {
    token: doctor.token, body: { clinic_id: clinicId, description: 'Metformina 850 mg', start_date: today, follow_up_days: 30 },
  });
  assert.equal(treatment.status, 201, treatment.text);
  plan = (await api('GET', `/api/v1/follow-up-plans?patient_id=${patient.id}`, { token: doctor.token })).json.items[0];
  assert.ok(plan, 'the treatment made a plan');
  const cancelled = await api('POST', `/api/v1/appointments/${turno.id}/status`, { token: secretary.token, body: { status: 'cancelled', reason: 'No puede venir' } });
  assert.equal(cancelled.status, 200, cancelled.text);
  sql(`UPDATE follow_up_plans SET next_due_on = DATE '${today}' - 5 WHERE id = ${plan.id}`);
});

after(async (t) => { await assertNoServerErrors(t); });

describe('GET /api/v1/follow-up-worklist', () => {
  test("a secretary's worklist lists the overdue plan with whom to call, and no clinical detail", async () => {
    const first = await worklist(secretary.token, { clinic_id: clinicId });
    assert.equal(first.status, 200, first.text);
    assertSchema(first.json, 'FollowUpWorklist');
    const row = await rowOf(secretary.token, { clinic_id: clinicId });
    assert.ok(row, 'the overdue plan is listed');
    assert.equal(row.patient_id, patient.id);
    assert.deepEqual([row.first_name, row.last_name, row.document_number], [patient.first_name, patient.last_name, patient.document_number]);
    assert.equal(row.phone, '+5491155550101');
    assert.equal(row.due_on, dayOffset(-5));
    assert.equal(row.days_overdue, 5);
    assert.equal(row.interval_days, 30);
    assert.equal(row.doctor_id, doctor.doctor_id);
    assert.equal(row.last_sms_status, null);
    assert.equal(row.sms_consent, false);
    assert.ok(!JSON.stringify(row).includes('Metformina'), 'no treatment text');
  });

  test('most overdue first, one page after another without repeats', async () => {
    const walked = await listAll('/api/v1/follow-up-worklist', { clinic_id: clinicId }, secretary.token, 1);
    const keys = walked.map((w) => `${w.due_on} ${String(w.plan_id).padStart(12, '0')}`);
    assert.deepEqual(keys, [...keys].sort());
    assert.equal(new Set(walked.map((w) => w.plan_id)).size, walked.length);
    assert.ok(walked.some((w) => w.plan_id === plan.id));
  });

  test('a live turno on or after the due date takes the plan off; cancelling it brings it back', async () => {
    const turno = await bookFirstFreeSlot(secretary.token, { doctorId: doctor.doctor_id, clinicId, patientId: patient.id, afterMs: Date.now() + 70 * 86400_000 });
    assert.equal(await rowOf(secretary.token, { clinic_id: clinicId }), undefined);
    const res = await api('POST', `/api/v1/appointments/${turno.id}/status`, { token: secretary.token, body: { status: 'cancelled', reason: 'Reprograma' } });
    assert.equal(res.status, 200, res.text);
    assert.ok(await rowOf(secretary.token, { clinic_id: clinicId }));
  });

  test('a patient alerted for a due date stays listed after the plan moved on, with the last SMS state', async () => {
    sql(`UPDATE follow_up_plans SET next_due_on = DATE '${today}' + 25 WHERE id = ${plan.id}`);
    assert.equal(await rowOf(secretary.token, { clinic_id: clinicId }), undefined, 'not due and never alerted');
    sql(`INSERT INTO sms_messages (patient_id, clinic_id, plan_id, plan_due_on, kind, "to", body, status, due_at, next_attempt_at, error_code)
         VALUES (${patient.id}, ${clinicId}, ${plan.id}, DATE '${today}' - 3, 'follow_up', '+5491155550101', 'Hola', 'failed', now(), now(), 30006)`);
    const row = await rowOf(secretary.token, { clinic_id: clinicId });
    assert.ok(row, 'the alerted plan is listed');
    assert.equal(row.due_on, dayOffset(-3));
    assert.equal(row.days_overdue, 3);
    assert.equal(row.last_sms_status, 'failed');
    sql(`UPDATE follow_up_plans SET next_due_on = DATE '${today}' - 5 WHERE id = ${plan.id}`);
  });

  test('paused plans are not listed', async () => {
    // (By SQL: with every turno cancelled the patient is no longer under the doctor's care.)
    sql(`UPDATE follow_up_plans SET status = 'paused' WHERE id = ${plan.id}`);
    assert.equal(await rowOf(secretary.token, { clinic_id: clinicId }), undefined);
    sql(`UPDATE follow_up_plans SET status = 'active' WHERE id = ${plan.id}`);
  });

  test("another clinic's secretary never sees it, and asking for a clinic not hers is 404 naming clinic_id", async () => {
    assert.equal(await rowOf(otherSecretary.token, {}), undefined);
    for (const clinic of [clinicId, 999999]) {
      const res = await worklist(otherSecretary.token, { clinic_id: clinic });
      assertProblem(res, 404);
      assert.equal(res.json.errors?.[0]?.field, 'clinic_id', res.text);
      assert.ok(!res.text.includes(patient.last_name));
    }
  });

  test('admins see it with and without a clinic; a clinic that does not exist is 404', async () => {
    assert.ok(await rowOf(admin, {}));
    assert.ok(await rowOf(admin, { clinic_id: clinicId }));
    assert.equal(await rowOf(admin, { clinic_id: otherClinicId }), undefined);
    assertProblem(await worklist(admin, { clinic_id: 999999 }), 404);
  });

  test('doctors and patients get 403', async () => {
    for (const token of [doctor.token, patient.token]) assertProblem(await worklist(token, { clinic_id: clinicId }), 403);
  });

  test('bad parameters are 422 naming them', async () => {
    assertInvalid(await worklist(secretary.token, { clinic_id: 'x' }), 'clinic_id');
    assertInvalid(await worklist(secretary.token, { clinic_id: '0' }), 'clinic_id');
    assertInvalid(await worklist(secretary.token, { limit: '0' }), 'limit');
    assertInvalid(await worklist(secretary.token, { cursor: 'not-a-cursor' }), 'cursor');
  });

  test('each read is audited with the patients it listed', async () => {
    await worklist(secretary.token, { clinic_id: clinicId, limit: 200 });
    const audit = await api('GET', `/api/v1/audit-events?action=follow_up_worklist.read&user_id=${secretary.id}&limit=5`, { token: admin });
    assert.equal(audit.status, 200, audit.text);
    const event = audit.json.items[0];
    assert.ok(event, 'an audit row');
    assert.equal(event.details.clinic_id, clinicId);
    assert.ok(event.details.patient_ids.includes(patient.id), JSON.stringify(event.details));
  });
});

describe('SMS consent (PATCH /api/v1/patients/{id} sms_consent)', () => {
  test('a patient turns SMS on and off themself; it is audited with the value', async () => {
    const first = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { sms_consent: true } });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.sms_consent, true);
    assert.equal((await rowOf(secretary.token, { clinic_id: clinicId })).sms_consent, true);
    const off = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { sms_consent: false } });
    assert.equal(off.status, 200, off.text);
    assert.equal(off.json.sms_consent, false);
    assert.equal((await api('GET', `/api/v1/patients/${patient.id}`, { token: patient.token })).json.sms_consent, false);
    assert.equal((await rowOf(secretary.token, { clinic_id: clinicId })).sms_consent, false);
    const audit = await api('GET', `/api/v1/audit-events?patient_id=${patient.id}&action=patient.updated&limit=5`, { token: admin });
    assert.equal(audit.json.items[0]?.details?.sms_consent, false, JSON.stringify(audit.json.items[0]));
    const on = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { sms_consent: true } });
    assert.equal(on.json.sms_consent, true);
  });

  test('the secretary of their clinic changes it too; a doctor cannot (403)', async () => {
    const res = await api('PATCH', `/api/v1/patients/${patient.id}`, { token: secretary.token, body: { sms_consent: false } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.sms_consent, false);
    assertProblem(await api('PATCH', `/api/v1/patients/${patient.id}`, { token: doctor.token, body: { sms_consent: true } }), 403);
    assert.equal((await api('GET', `/api/v1/patients/${patient.id}`, { token: patient.token })).json.sms_consent, false);
  });

  test("bad input is 422 naming sms_consent; another patient's consent is 404; nothing changes", async () => {
    assertInvalid(await api('PATCH', `/api/v1/patients/${patient.id}`, { token: patient.token, body: { sms_consent: 'no' } }), 'sms_consent');
    const other = await newUser('patient');
    assertProblem(await api('PATCH', `/api/v1/patients/${patient.id}`, { token: other.token, body: { sms_consent: true } }), 404);
    assertProblem(await api('PATCH', `/api/v1/patients/${patient.id}`, { token: otherSecretary.token, body: { sms_consent: true } }), 404);
    assert.equal((await api('GET', `/api/v1/patients/${patient.id}`, { token: patient.token })).json.sms_consent, false);
  });
});
