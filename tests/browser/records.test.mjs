// Issue 5's clinical records in real browsers against the real server: the doctor opens the
// demo patient's chart from the day's list during the consultation, adds a chronic
// diagnosis through the CIE-10 search and a treatment for it, and corrects the treatment;
// the patient then sees both in "Mi historia". A doctor with no turno with the patient
// gets the emergency-access dialog, gives a reason and reads the chart under a banner; the
// patient sees that access flagged in "Quién vio mi historia" and the admin on the report.
// The admin's verification of the audit chain answers OK.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();

const suffix = Date.now() % 10_000_000;
const kDemoDni = '30123456';

const { signedIn } = browser;

// Wall-clock date and ISO weekday of an instant at a time zone.
function wallClock(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, weekday };
}

const rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

// "HH:MM" as the page shows an instant: the browser's clock, es-AR, 24 hours.
function clockIn(page, iso) {
  return page.evaluate((iso) => new Intl.DateTimeFormat('es-AR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(new Date(iso)), iso);
}

async function demoPatient(secretary) {
  const found = await apiIn(secretary, 'GET', `/api/v1/patients?q=${kDemoDni}`);
  assert.equal(found.status, 200, JSON.stringify(found.json));
  const patient = found.json.items.find((p) => p.document_number === kDemoDni);
  assert.ok(patient, 'the demo patient is registered at the secretary\'s clinic');
  return patient;
}

/**
 * Books `patientId` with the doctor today at the clinic, in the first free slot the
 * patient can take (they may have turnos of their own today), or returns null when the
 * doctor has no free slot left today.
 */
async function bookToday(secretary, { doctorId, clinic, patientId, specialty }) {
  const practices = (await apiIn(secretary, 'GET',
    `/api/v1/practices?clinic_id=${clinic.id}&specialty=${encodeURIComponent(specialty)}&active=true`)).json.items
    .sort((a, b) => a.duration_minutes - b.duration_minutes);
  assert.ok(practices.length > 0, `the clinic offers a ${specialty} practice`);
  const practice = practices[0];
  const today = wallClock(new Date(), clinic.timezone).date;
  const slots = await apiIn(secretary, 'GET', `/api/v1/availability?doctor_id=${doctorId}&practice_id=${practice.id}` +
    `&clinic_id=${clinic.id}&from=${rfc3339(Date.now() + 60_000)}&to=${rfc3339(Date.now() + 86_400_000)}&limit=30`);
  assert.equal(slots.status, 200, JSON.stringify(slots.json));
  for (const slot of slots.json.items.filter((s) => wallClock(new Date(s.start), clinic.timezone).date === today)) {
    const booked = await apiIn(secretary, 'POST', '/api/v1/appointments', {
      patient_id: patientId, doctor_id: doctorId, room_id: slot.room_id, practice_id: practice.id, start: slot.start,
    });
    if (booked.status === 201) return booked.json;
    assert.equal(booked.status, 409, JSON.stringify(booked.json));
  }
  return null;
}

/** A doctor of our own at the clinic; with `allDayToday`, working every hour of today there. */
async function freshDoctor(admin, clinic, name, { allDayToday = false } = {}) {
  const username = `${name.toLowerCase()}${suffix}`;
  const password = `historia clinica ${suffix}`;
  const created = await apiIn(admin, 'POST', '/api/v1/users', {
    username, password, full_name: `Dra. ${name} ${suffix}`, role: 'doctor', clinic_ids: [clinic.id], specialty: 'Clínica médica',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  if (allDayToday) {
    const schedule = await apiIn(admin, 'PUT', `/api/v1/doctors/${created.json.doctor_id}/schedule`, {
      blocks: [{ clinic_id: clinic.id, weekday: wallClock(new Date(), clinic.timezone).weekday, from: '00:00', to: '24:00' }],
    });
    assert.equal(schedule.status, 200, JSON.stringify(schedule.json));
  }
  return { username, password, fullName: created.json.full_name, doctorId: created.json.doctor_id };
}

async function moveTo(page, id, status) {
  const moved = await apiIn(page, 'POST', `/api/v1/appointments/${id}/status`, { status });
  assert.equal(moved.status, 200, `→ ${status}: ${JSON.stringify(moved.json)}`);
}

test('during the consultation the doctor adds a chronic diagnosis found by CIE-10 search and its treatment; the patient sees both', async () => {
  const admin = await signedIn('admin');
  const secretary = await signedIn('secretaria');
  const clinicId = (await apiIn(secretary, 'GET', '/api/v1/auth/me')).json.clinic_ids[0];
  const clinic = (await apiIn(secretary, 'GET', `/api/v1/clinics/${clinicId}`)).json;
  const patient = await demoPatient(secretary);

  // The demo doctor if he has a free slot left today, otherwise a doctor of our own who
  // works every hour of today; the secretary books the demo patient, who arrives.
  let doctorLogin = { username: 'medico', password: 'healthpulse' };
  let doctor = await signedIn('medico');
  const demo = (await apiIn(doctor, 'GET', '/api/v1/auth/me')).json;
  const demoSpecialty = (await apiIn(doctor, 'GET', `/api/v1/doctors/${demo.doctor_id}`)).json.specialty;
  let turno = await bookToday(secretary, { doctorId: demo.doctor_id, clinic, patientId: patient.id, specialty: demoSpecialty });
  if (turno === null) {
    const fresh = await freshDoctor(admin, clinic, 'Cabecera', { allDayToday: true });
    doctorLogin = fresh;
    await doctor.context().close();
    doctor = await signedIn(fresh.username, fresh.password);
    turno = await bookToday(secretary, { doctorId: fresh.doctorId, clinic, patientId: patient.id, specialty: 'Clínica médica' });
  }
  assert.ok(turno, `${doctorLogin.username} has a free slot today for the demo patient`);
  // A consultation an earlier, interrupted run left open would be the one the chart writes into.
  const open = await apiIn(doctor, 'GET', `/api/v1/appointments?doctor_id=${turno.doctor_id}&patient_id=${patient.id}&status=in_progress`);
  for (const stale of open.json.items) await moveTo(doctor, stale.id, 'finished');
  await moveTo(secretary, turno.id, 'confirmed');
  await moveTo(secretary, turno.id, 'waiting');
  await moveTo(doctor, turno.id, 'in_progress');

  // From the day's list to the chart: the consultation in progress is where entries go.
  await doctor.getByRole('link', { name: 'Hoy' }).click();
  await doctor.getByTestId(`appointment-${turno.id}`).waitFor();
  await browser.a11y(doctor);
  await doctor.getByTestId(`appointment-${turno.id}`).getByRole('link', { name: 'Historia clínica' }).click();
  await doctor.waitForURL(`**/patients/${patient.id}/chart`);
  assert.match(await doctor.getByTestId('chart-patient-name').innerText(), new RegExp(patient.last_name));
  const context = doctor.getByTestId('write-context');
  await doctor.waitForFunction((id) => document.querySelector('[data-testid="write-context"]')?.getAttribute('data-appointment-id') === String(id), turno.id);
  assert.match(await context.innerText(), /Consulta en curso/);

  // The diagnosis: "diabetes" in the CIE-10 box offers the catalog's codes, dotted; E11.x is chosen.
  await doctor.getByRole('button', { name: 'Agregar diagnóstico' }).click();
  const diagnosisDialog = doctor.getByRole('dialog', { name: 'Nuevo diagnóstico' });
  await diagnosisDialog.getByLabel('Código CIE-10').fill('diabetes');
  const e11 = doctor.getByRole('option', { name: /^E11\.\d/ }).first();
  await e11.waitFor();
  const code = await e11.getAttribute('data-code');
  assert.match(code, /^E11\.\d$/);
  await e11.click();
  assert.match(await diagnosisDialog.getByLabel('Código CIE-10').inputValue(), new RegExp(`^${code.replace('.', '\\.')} · `));
  await diagnosisDialog.getByLabel('Observaciones').fill(`Control anual ${suffix}`);
  await diagnosisDialog.getByLabel('Crónico').check();
  await diagnosisDialog.getByRole('button', { name: 'Guardar' }).click();
  await diagnosisDialog.waitFor({ state: 'detached' });

  // Written in the consultation; first in the problem list (chronic first), with its code.
  const record = (await apiIn(doctor, 'GET', `/api/v1/patients/${patient.id}/record?limit=50`)).json;
  const diagnosis = record.timeline.items.find((e) => e.kind === 'diagnosis' && e.text === `Control anual ${suffix}`);
  assert.ok(diagnosis, 'the diagnosis is stored');
  assert.equal(diagnosis.code, code);
  assert.equal(diagnosis.chronic, true);
  assert.equal(diagnosis.appointment_id, turno.id);
  const problem = doctor.getByTestId('problem-list').getByTestId(`problem-${diagnosis.original_id}`);
  await problem.waitFor();
  assert.match(await problem.getByTestId('icd10-code').innerText(), new RegExp(`^${code.replace('.', '\\.')}$`));
  await problem.getByTestId('chronic-badge').waitFor();
  const order = await doctor.getByTestId('problem-list').evaluate((list) =>
    [...list.querySelectorAll('[data-testid^="problem-"]')].map((row) => row.querySelector('[data-testid="chronic-badge"]') !== null));
  assert.deepEqual(order, [...order].sort((a, b) => Number(b) - Number(a)), 'chronic problems come first');

  // The treatment, for that diagnosis.
  const medicine = `Metformina 850 mg ${suffix}`;
  await doctor.getByRole('button', { name: 'Agregar tratamiento' }).click();
  const treatmentDialog = doctor.getByRole('dialog', { name: 'Nuevo tratamiento' });
  await treatmentDialog.getByLabel('Medicamento o indicación').fill(medicine);
  await treatmentDialog.getByLabel('Dosis').fill('1 comprimido');
  await treatmentDialog.getByLabel('Frecuencia').fill('cada 12 horas');
  await treatmentDialog.getByLabel('Diagnóstico que trata').selectOption(String(diagnosis.original_id));
  await treatmentDialog.getByLabel('Seguimiento cada (días)').fill('90');
  await treatmentDialog.getByRole('button', { name: 'Guardar' }).click();
  await treatmentDialog.waitFor({ state: 'detached' });
  const treatmentRow = doctor.getByTestId('treatment-list').locator('[data-testid^="treatment-"]', { hasText: medicine });
  await treatmentRow.waitFor();
  assert.match(await treatmentRow.innerText(), new RegExp(`Trata: ${code.replace('.', '\\.')}`));
  assert.match(await treatmentRow.innerText(), /1 comprimido · cada 12 horas/);

  // Its 90-day follow-up plan shows in the chart; the doctor pauses and resumes it.
  const treatmentId = (await treatmentRow.getAttribute('data-testid')).replace('treatment-', '');
  const plans = doctor.getByTestId('follow-up-plans');
  const plan = plans.locator(`[data-treatment-id="${treatmentId}"]`);
  await plan.waitFor();
  assert.match(await plan.innerText(), /Cada 90 días[\s\S]*Activo[\s\S]*Próximo control:/i);
  await plan.getByRole('button', { name: 'Pausar' }).click();
  await plans.locator(`[data-treatment-id="${treatmentId}"][data-status="paused"]`).waitFor();
  await plan.getByRole('button', { name: 'Reanudar' }).click();
  await plans.locator(`[data-treatment-id="${treatmentId}"][data-status="active"]`).waitFor();

  // A correction is a new version: the timeline shows it first, the replaced one marked, with the reason.
  await treatmentRow.getByRole('button', { name: 'Corregir' }).click();
  const amendDialog = doctor.getByRole('dialog', { name: 'Corregir entrada' });
  await amendDialog.getByLabel('Motivo de la corrección').fill('Dosis mal indicada');
  await amendDialog.getByLabel('Dosis').fill('2 comprimidos');
  await amendDialog.getByRole('button', { name: 'Guardar corrección' }).click();
  await amendDialog.waitFor({ state: 'detached' });
  const entry = doctor.getByTestId('record-timeline').locator('[data-kind="treatment"]', { hasText: medicine });
  await entry.getByTestId('superseded-version').waitFor();
  assert.match(await entry.getByTestId('amendment-reason').first().innerText(), /Corrección: Dosis mal indicada/);
  const text = await entry.innerText();
  assert.ok(text.indexOf('2 comprimidos') < text.indexOf('1 comprimido ·'), 'the current version comes before the replaced one');
  // Badges are shown in capitals.
  assert.match(await entry.getByTestId('superseded-version').innerText(), /Versión reemplazada[\s\S]*1 comprimido/i);
  await screenshot(doctor, 'records-chart');

  // The patient's own summary.
  const demoPatientPage = await signedIn('paciente');
  await demoPatientPage.getByRole('link', { name: 'Mi historia', exact: true }).click();
  const mine = demoPatientPage.getByTestId('my-record');
  const myProblem = mine.getByTestId('problem-list').getByTestId(`problem-${diagnosis.original_id}`);
  await myProblem.waitFor();
  assert.match(await myProblem.innerText(), new RegExp(code.replace('.', '\\.')));
  await myProblem.getByTestId('chronic-badge').waitFor();
  const myTreatment = mine.getByTestId('treatment-list').locator('[data-testid^="treatment-"]', { hasText: medicine });
  await myTreatment.waitFor();
  assert.match(await myTreatment.innerText(), /2 comprimidos · cada 12 horas/);
  assert.match(await myTreatment.innerText(), new RegExp(`Trata: ${code.replace('.', '\\.')}`));
  await screenshot(demoPatientPage, 'records-my-record');

  await moveTo(doctor, turno.id, 'finished');
  for (const page of [admin, secretary, doctor, demoPatientPage]) await page.context().close();
});

test('a doctor without the patient under care opens the chart by emergency access; the patient and the admin see it flagged', async () => {
  const admin = await signedIn('admin');
  const secretary = await signedIn('secretaria');
  const clinicId = (await apiIn(secretary, 'GET', '/api/v1/auth/me')).json.clinic_ids[0];
  const clinic = (await apiIn(secretary, 'GET', `/api/v1/clinics/${clinicId}`)).json;
  const patient = await demoPatient(secretary);
  const fresh = await freshDoctor(admin, clinic, 'Guardia');
  const doctor = await signedIn(fresh.username, fresh.password);

  // The chart answers as for no patient: the dialog asks for the reason, and nothing opens without one.
  await doctor.goto(`/patients/${patient.id}/chart`);
  const dialog = doctor.getByRole('dialog', { name: 'Acceso de emergencia' });
  await dialog.waitFor();
  assert.equal(await doctor.getByTestId('chart-header').count(), 0, 'nothing of the record before the reason');
  await dialog.getByRole('button', { name: 'Abrir historia' }).click();
  await dialog.getByText('Indicá el motivo').waitFor();
  const reason = `Ingreso por guardia inconsciente ${suffix}`;
  await dialog.getByLabel('Motivo').fill(reason);
  await dialog.getByRole('button', { name: 'Abrir historia' }).click();

  // The chart, under a banner that says until when.
  const banner = doctor.getByTestId('emergency-banner');
  await banner.waitFor();
  assert.match(await doctor.getByTestId('chart-patient-name').innerText(), new RegExp(patient.last_name));
  const access = (await apiIn(doctor, 'GET', `/api/v1/patients/${patient.id}/record?limit=1`)).json.access;
  assert.equal(access.kind, 'emergency');
  assert.match(await banner.innerText(), new RegExp(`Acceso de emergencia hasta ${await clockIn(doctor, access.expires_at)}`));
  await screenshot(doctor, 'records-emergency-chart');

  // The patient sees who opened it and that it was an emergency.
  const patientPage = await signedIn('paciente');
  await patientPage.getByRole('link', { name: 'Quién vio mi historia' }).click();
  const log = patientPage.getByTestId('access-log');
  const granted = log.locator('tr[data-action="record.emergency_access_granted"]', { hasText: fresh.fullName });
  await granted.waitFor();
  assert.equal(await granted.getAttribute('data-emergency'), 'true');
  assert.match(await granted.innerText(), /Médico[\s\S]*Abrió la historia por emergencia/);
  assert.match(await granted.getByTestId('emergency-flag').innerText(), /Acceso de emergencia/i);
  const viewed = log.locator('tr[data-action="record.viewed"]', { hasText: fresh.fullName }).first();
  await viewed.getByTestId('emergency-flag').waitFor();
  await screenshot(patientPage, 'records-access-log');

  // The admins' report lists it with the reason.
  await admin.getByRole('link', { name: 'Accesos de emergencia' }).click();
  const row = admin.getByTestId('emergency-report').locator('tr', { hasText: reason });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(fresh.fullName));
  assert.match(await row.innerText(), /Vigente/i);

  for (const page of [admin, secretary, doctor, patientPage]) await page.context().close();
});

test('a doctor opens a record outside their care by the patient\'s document, giving the reason in the same step', async () => {
  const admin = await signedIn('admin');
  const clinicId = (await apiIn(admin, 'GET', '/api/v1/clinics?limit=1')).json.items[0].id;
  const clinic = (await apiIn(admin, 'GET', `/api/v1/clinics/${clinicId}`)).json;
  const fresh = await freshDoctor(admin, clinic, 'Documento');
  const doctor = await signedIn(fresh.username, fresh.password);

  await doctor.getByRole('link', { name: 'Pacientes' }).click();
  const form = doctor.getByTestId('emergency-by-document');
  await form.waitFor();
  await browser.a11y(doctor);
  await form.getByLabel('Número de documento').fill('30.123.456');
  await form.getByLabel('Motivo').fill(`Derivado sin historia ${suffix}`);
  await form.getByRole('button', { name: 'Abrir historia' }).click();
  await doctor.getByTestId('emergency-banner').waitFor();
  assert.match(doctor.url(), /\/patients\/\d+\/chart$/);
  await doctor.getByTestId('chart-header').waitFor();

  await doctor.context().close();
  await admin.context().close();
});

test('the admin verifies the audit chain and sees it intact', async () => {
  const admin = await signedIn('admin');
  await admin.getByRole('link', { name: 'Auditoría' }).click();
  const panel = admin.getByTestId('audit-verification');
  await panel.getByRole('button', { name: 'Verificar' }).click();
  const result = panel.getByTestId('audit-verification-result');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-ok'), 'true');
  assert.match(await result.innerText(), /Cadena íntegra[\s\S]*OK: se verificaron \d+ eventos/);
  await screenshot(admin, 'records-audit-verified');
  await admin.context().close();
});
