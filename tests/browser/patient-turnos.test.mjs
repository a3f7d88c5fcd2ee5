// Issue 12, the patient's turnos on a phone (390 px) and at the front desk: the cancel
// dialog names the turno, the practice list offers only what the clinic and the doctor's
// specialty do, a patient reschedules their own turno, the printable slip, and
// "Agregar al calendario" from the server's .ics. Each test builds a clinic of its own
// where it is about noon, and a patient with an account of their own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { apiIn, bookAt, clinicClock, fileBrowser, todayClinic } from './browser.mjs';

const browser = fileBrowser();
const { signedIn } = browser;
let counter = 0;
const tag = () => `${Date.now() % 10_000_000}${String.fromCharCode(97 + (counter++ % 26))}`;

let adminPage;
const admin = () => (adminPage ??= signedIn('admin'));

/** A patient of the clinic with an account: {patient, username, password}. */
async function patientWithAccount(secretary, clinicId) {
  const suffix = `${Date.now() % 10_000_000}${counter++}`;
  const username = `pac${suffix}`;
  const password = `clave de paciente ${suffix}`;
  const res = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Nora', last_name: `Celular${suffix}`, document_number: String(30_000_000 + (Number(suffix) % 9_000_000)),
    clinic_id: clinicId, account: { username, password },
  });
  assert.equal(res.status, 201, JSON.stringify(res.json));
  return { patient: res.json, username, password };
}

/** Tomorrow at hh:00 at the clinic (its zone is Etc/GMT±N or UTC), in ms. */
function tomorrowAt(zone, hh) {
  const today = clinicClock(new Date(), zone).date;
  const date = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const match = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  const ahead = match ? (match[1] === '-' ? 1 : -1) * Number(match[2]) : 0;
  return Date.parse(`${date}T${String(hh).padStart(2, '0')}:00:00Z`) - ahead * 3600_000;
}

const ddmmyyyy = (isoDate) => isoDate.split('-').reverse().join('/');

async function onPhone(username, password) {
  const page = await signedIn(username, password);
  await page.setViewportSize({ width: 390, height: 844 });
  return page;
}

async function fitsPhone(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${what} is ${width} px wide`);
}

test('the cancel dialog names the turno: date, 24-hour time, doctor and clinic, for the patient and the secretary', async () => {
  const f = await todayClinic(await admin(), { tag: tag() });
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const p = await patientWithAccount(secretary, f.clinic.id);
  const start = tomorrowAt(f.clinic.timezone, 15);
  const turno = await bookAt(secretary, f, doc, p.patient.id, start);
  const when = clinicClock(new Date(start), f.clinic.timezone);
  const expected = `Turno del ${ddmmyyyy(when.date)} a las 15:00 con ${doc.full_name} en ${f.clinic.name}.`;

  const phone = await onPhone(p.username, p.password);
  await phone.goto('/my-appointments');
  const card = phone.getByTestId('my-upcoming').getByTestId(`appointment-${turno.id}`);
  await card.getByRole('button', { name: 'Cancelar' }).click();
  const dialog = phone.getByRole('dialog', { name: 'Cancelar turno' });
  await dialog.waitFor();
  assert.equal(await dialog.getByTestId('cancel-which').innerText(), expected);
  await fitsPhone(phone, 'the cancel dialog');
  await browser.a11y(phone);
  await dialog.getByRole('button', { name: 'Volver' }).click();
  await phone.context().close();

  await secretary.getByRole('link', { name: 'Agenda' }).click();
  await secretary.getByTestId('agenda-grid').waitFor();
  await secretary.getByRole('button', { name: 'Siguiente' }).click();
  await secretary.getByTestId(`appointment-${turno.id}`).click();
  const panel = secretary.getByTestId('appointment-panel');
  await panel.getByRole('button', { name: 'Cancelar' }).click();
  const staffDialog = secretary.getByRole('dialog', { name: 'Cancelar turno' });
  assert.equal(await staffDialog.getByTestId('cancel-which').innerText(), expected);
  await browser.a11y(secretary);
  await secretary.context().close();
});

/** The values of a select's options (the "choose" option's empty value left out). */
const optionValues = (select) => select.locator('option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v !== ''));

test('the practice list offers only what the chosen clinic offers and the chosen doctor\'s specialty does', async () => {
  const adminP = await admin();
  const f = await todayClinic(adminP, { tag: tag(), doctors: 2, specialties: ['Clínica médica', 'Pediatría'] });
  const [clinico, pediatra] = f.doctors;
  const other = await apiIn(adminP, 'POST', '/api/v1/practices', {
    nomenclator_id: f.practice.nomenclator_id, code: `P${tag()}`.slice(-12), name: `Control pediátrico ${tag()}`,
    specialty: 'Pediatría', duration_minutes: 30, clinic_ids: [f.clinic.id],
  });
  assert.equal(other.status, 201, JSON.stringify(other.json));
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const p = await patientWithAccount(secretary, f.clinic.id);

  // The patient on a phone: the clinic, then the clinical doctor → no pediatric practice.
  const phone = await onPhone(p.username, p.password);
  await phone.goto('/my-appointments');
  const form = phone.getByTestId('book-from-availability');
  await form.getByLabel('Clínica').selectOption(String(f.clinic.id));
  await form.getByLabel('Médico').locator(`option[value="${clinico.doctor_id}"]`).waitFor({ state: 'attached' });
  await form.getByLabel('Médico').selectOption(String(clinico.doctor_id));
  const practice = form.getByLabel('Práctica');
  await phone.waitForFunction((id) => ![...document.querySelectorAll('[data-testid="book-from-availability"] option')].some((o) => o.value === String(id)), other.json.id);
  const offered = await optionValues(practice);
  assert.deepEqual(offered, [String(f.practice.id)], 'only the clinic\'s practice of the doctor\'s specialty');
  // The pediatrician: only the pediatric practice.
  await form.getByLabel('Médico').selectOption(String(pediatra.doctor_id));
  await phone.waitForFunction((id) => [...document.querySelectorAll('[data-testid="book-from-availability"] option')].some((o) => o.value === String(id)), other.json.id);
  assert.deepEqual(await optionValues(practice), [String(other.json.id)]);
  await practice.selectOption(String(other.json.id));
  await form.getByTestId('free-slot').first().waitFor();
  assert.equal(await form.getByTestId('free-slot').first().getAttribute('data-doctor-id'), String(pediatra.doctor_id));
  await fitsPhone(phone, 'booking with a clinic and a doctor');
  await browser.a11y(phone);
  await phone.context().close();

  // The secretary books from the clinical doctor's column: no pediatric practice either.
  await secretary.getByRole('link', { name: 'Agenda' }).click();
  await secretary.getByTestId(`slot-${clinico.doctor_id}-20:00`).click();
  const booking = secretary.getByTestId('booking-form');
  await booking.getByLabel('Práctica').locator(`option[value="${f.practice.id}"]`).waitFor({ state: 'attached' });
  assert.deepEqual(await optionValues(booking.getByLabel('Práctica')), [String(f.practice.id)]);
  await secretary.context().close();
});

test('the patient reschedules an upcoming turno on a phone to a free slot of the same doctor and practice', async () => {
  const f = await todayClinic(await admin(), { tag: tag() });
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const p = await patientWithAccount(secretary, f.clinic.id);
  const turno = await bookAt(secretary, f, doc, p.patient.id, tomorrowAt(f.clinic.timezone, 15));
  await secretary.context().close();

  const phone = await onPhone(p.username, p.password);
  await phone.goto('/my-appointments');
  const card = phone.getByTestId('my-upcoming').getByTestId(`appointment-${turno.id}`);
  await card.getByRole('button', { name: 'Reprogramar' }).click();
  const dialog = phone.getByTestId('patient-reschedule');
  const slot = dialog.getByTestId('free-slot').first();
  await slot.waitFor();
  const doctors = await dialog.getByTestId('free-slot').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.doctorId))]);
  assert.deepEqual(doctors, [String(doc.doctor_id)], 'only the same doctor\'s slots');
  await fitsPhone(phone, 'the reschedule dialog');
  await browser.a11y(phone);
  const start = await slot.getAttribute('data-start');
  assert.notEqual(start, turno.start);
  await slot.click();
  await dialog.getByRole('button', { name: 'Mover el turno' }).click();
  await dialog.waitFor({ state: 'detached' });
  const moved = (await apiIn(phone, 'GET', `/api/v1/appointments/${turno.id}`)).json;
  assert.equal(Date.parse(moved.start), Date.parse(start));
  assert.equal(moved.practice_id, turno.practice_id);
  assert.equal(moved.doctor_id, turno.doctor_id);
  const time = clinicClock(new Date(start), f.clinic.timezone).time;
  await card.getByText(new RegExp(`${time} –`)).waitFor();
  await phone.context().close();
});

test('"Imprimir comprobante" opens the slip: patient, DNI, when, doctor, practice, the clinic\'s address and phone, the room; on paper nothing else', async () => {
  const adminP = await admin();
  const f = await todayClinic(adminP, { tag: tag() });
  const clinic = (await apiIn(adminP, 'PATCH', `/api/v1/clinics/${f.clinic.id}`, { phone: '+541148321000' })).json;
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const p = await patientWithAccount(secretary, f.clinic.id);
  const start = tomorrowAt(f.clinic.timezone, 9);
  const turno = await bookAt(secretary, f, doc, p.patient.id, start);
  const when = clinicClock(new Date(start), f.clinic.timezone);
  const expected = {
    patient: `${p.patient.first_name} ${p.patient.last_name}`, document: `DNI ${p.patient.document_number}`,
    date: ddmmyyyy(when.date), time: '09:00 – 09:30', doctor: doc.full_name, practice: f.practice.name,
    clinic: clinic.name, address: clinic.address, phone: '+54 11 4832-1000', room: f.room.code,
  };
  const checkSlip = async (page) => {
    const slip = page.getByTestId('turno-slip');
    await slip.getByTestId('slip-patient').waitFor();
    for (const [key, value] of Object.entries(expected)) {
      assert.equal(await slip.getByTestId(`slip-${key}`).innerText(), value, key);
    }
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByTestId('slip-actions').evaluate((el) => getComputedStyle(el).display), 'none', 'no buttons on paper');
    assert.equal(await page.locator('nav, header').count(), 0, 'no navigation chrome');
    assert.match(await page.locator('body').innerText(), new RegExp(expected.address));
    await page.emulateMedia({ media: 'screen' });
  };

  // From the agenda's turno panel.
  await secretary.getByRole('link', { name: 'Agenda' }).click();
  await secretary.getByTestId('agenda-grid').waitFor();
  await browser.a11y(secretary);
  await secretary.getByRole('button', { name: 'Siguiente' }).click();
  await secretary.getByTestId(`appointment-${turno.id}`).click();
  await secretary.getByTestId('appointment-panel').getByRole('link', { name: 'Imprimir comprobante' }).click();
  await secretary.waitForURL(`**/appointments/${turno.id}/slip`);
  await checkSlip(secretary);
  await browser.a11y(secretary);
  await secretary.context().close();

  // From "Mis turnos" on a phone; nothing clinical on it (a cancellation's reason would be one).
  const phone = await onPhone(p.username, p.password);
  await phone.goto('/my-appointments');
  await phone.getByTestId(`appointment-${turno.id}`).waitFor();
  await browser.a11y(phone);
  await phone.getByTestId(`appointment-${turno.id}`).getByRole('link', { name: 'Imprimir comprobante' }).click();
  await phone.waitForURL(`**/appointments/${turno.id}/slip`);
  await checkSlip(phone);
  await fitsPhone(phone, 'the slip');
  await browser.a11y(phone);
  const other = (await apiIn(phone, 'GET', '/api/v1/appointments/987654321'));
  assert.equal(other.status, 404);
  await phone.goto('/appointments/987654321/slip');
  await phone.getByRole('alert').waitFor();
  await phone.context().close();
});
