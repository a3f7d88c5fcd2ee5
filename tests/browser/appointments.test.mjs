// Issue 4's main flow in real browsers against the real server: two secretaries have the
// same agenda open; one books a slot, the other's booking of that same slot is refused
// with a clear message; the first confirms and checks the patient in; the doctor calls
// the patient and finishes — and the second secretary's agenda shows every change live,
// without a reload (Server-Sent Events from PostgreSQL NOTIFY).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, clinicClock, fileBrowser, quarterHourAhead, screenshot, todayClinic } from './browser.mjs';

const browser = fileBrowser();

test('book, refuse the double booking, check in, call and finish, live on another agenda', async () => {
  // A clinic where it is about noon, so the turno is today there: only then does the
  // patient arrive and the doctor call them in (DESIGN.md §4).
  const admin = await browser.signedIn('admin');
  const tag = String(Date.now() % 10_000_000);
  const fixture = await todayClinic(admin, { tag });
  const [doc] = fixture.doctors;
  const first = await browser.signedIn(fixture.secretary.username, fixture.secretary.password);
  const second = await browser.signedIn(fixture.secretary.username, fixture.secretary.password);
  const doctor = await browser.signedIn(doc.username, doc.password);

  // A patient of our own, and a slot an hour from now.
  const suffix = Date.now() % 10_000_000;
  const patient = await apiIn(first, 'POST', '/api/v1/patients', {
    first_name: 'Lucía', last_name: `Turnos${suffix}`, document_number: String(80_000_000 + suffix), clinic_id: fixture.clinic.id,
  });
  assert.equal(patient.status, 201, JSON.stringify(patient.json));
  const me = { doctor_id: doc.doctor_id };
  const practice = fixture.practice;
  const when = clinicClock(new Date(quarterHourAhead(1)), fixture.clinic.timezone);

  // Both secretaries open the doctor's day.
  for (const page of [first, second]) {
    await page.getByRole('link', { name: 'Agenda' }).click();
    await page.getByTestId('agenda-grid').waitFor();
    await page.getByLabel('Fecha').fill(when.date);
    await page.getByTestId(`slot-${me.doctor_id}-${when.time}`).waitFor();
  }

  // Both start booking the same slot; the second one waits with the dialog filled in.
  async function fillBooking(page) {
    await page.getByTestId(`slot-${me.doctor_id}-${when.time}`).click();
    const form = page.getByTestId('booking-form');
    await form.waitFor();
    await form.getByLabel('Buscar paciente').fill(String(80_000_000 + suffix));
    await form.getByLabel('Paciente', { exact: true }).selectOption(String(patient.json.id));
    await form.getByLabel('Práctica').selectOption(String(practice.id));
    return form;
  }
  const firstForm = await fillBooking(first);
  const secondForm = await fillBooking(second);
  await firstForm.getByRole('button', { name: 'Reservar' }).click();
  await firstForm.waitFor({ state: 'detached' });
  const list = await apiIn(first, 'GET', `/api/v1/appointments?patient_id=${patient.json.id}`);
  const id = list.json.items[0].id;
  await first.getByTestId(`appointment-${id}`).waitFor();

  await secondForm.getByRole('button', { name: 'Reservar' }).click();
  const refusal = second.getByTestId('booking-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /ya tiene un turno en ese horario|ya está ocupado/);
  await screenshot(second, 'double-booking-refused');
  await second.keyboard.press('Escape');
  // The second agenda shows the first secretary's booking without a reload.
  const seen = second.getByTestId(`appointment-${id}`);
  await seen.waitFor();

  async function expectLive(status) {
    await second.waitForFunction(
      ({ id, status }) => document.querySelector(`[data-testid="appointment-${id}"]`)?.getAttribute('data-status') === status,
      { id, status }, { timeout: 5000 });
  }

  // The first secretary confirms and checks the patient in.
  await first.getByTestId(`appointment-${id}`).click();
  const panel = first.getByTestId('appointment-panel');
  await panel.getByRole('button', { name: 'Confirmar' }).click();
  await expectLive('confirmed');
  await panel.getByRole('button', { name: 'Registrar llegada' }).click();
  await expectLive('waiting');

  // The doctor calls the patient in and finishes.
  await doctor.goto('/today');
  const today = doctor.getByTestId('today-list');
  await today.waitFor();
  await browser.a11y(doctor);
  await today.getByRole('button', { name: 'Llamar' }).click();
  await expectLive('in_progress');
  await today.getByRole('button', { name: 'Finalizar' }).click();
  await expectLive('finished');
  await screenshot(second, 'agenda-live-finished');

  const history = await apiIn(first, 'GET', `/api/v1/appointments/${id}/history`);
  assert.deepEqual(history.json.items.map((e) => e.to_status),
    ['registered', 'confirmed', 'waiting', 'in_progress', 'finished']);
  for (const page of [admin, first, second, doctor]) await page.context().close();
});
