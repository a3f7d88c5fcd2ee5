// Issue 4's main flow in real browsers against the real server: two secretaries have the
// same agenda open; one books a slot, the other's booking of that same slot is refused
// with a clear message; the first confirms and checks the patient in; the doctor calls
// the patient and finishes — and the second secretary's agenda shows every change live,
// without a reload (Server-Sent Events from PostgreSQL NOTIFY).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, fileBrowser, screenshot, signIn } from './browser.mjs';

const browser = fileBrowser();

// "2026-11-30T13:00:00Z" in the clinic's zone (Argentina, UTC-3 all year).
function local(iso) {
  const d = new Date(Date.parse(iso) - 3 * 3600_000).toISOString();
  return { date: d.slice(0, 10), time: d.slice(11, 16) };
}

test('book, refuse the double booking, check in, call and finish, live on another agenda', async () => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  const doctor = await browser.newPage();
  await signIn(first, 'secretaria', 'healthpulse');
  await signIn(second, 'secretaria', 'healthpulse');
  await signIn(doctor, 'medico', 'healthpulse');
  for (const page of [first, second, doctor]) await page.getByRole('heading', { name: 'Inicio' }).waitFor();

  // A patient of our own, and the demo doctor's first free slot for one of his practices.
  const suffix = Date.now() % 10_000_000;
  const patient = await apiIn(first, 'POST', '/api/v1/patients', {
    first_name: 'Lucía', last_name: `Turnos${suffix}`, document_number: String(80_000_000 + suffix),
  });
  assert.equal(patient.status, 201, JSON.stringify(patient.json));
  const me = (await apiIn(doctor, 'GET', '/api/v1/auth/me')).json;
  const clinicId = me.clinic_ids[0];
  const practices = (await apiIn(first, 'GET', `/api/v1/practices?clinic_id=${clinicId}&specialty=${encodeURIComponent('Clínica médica')}`)).json.items;
  assert.ok(practices.length > 0, 'the demo clinic offers a clinical practice');
  const practice = practices[0];
  const from = new Date(Date.now() + 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const to = new Date(Date.now() + 30 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const slots = (await apiIn(first, 'GET',
    `/api/v1/availability?doctor_id=${me.doctor_id}&practice_id=${practice.id}&clinic_id=${clinicId}&from=${from}&to=${to}&limit=1`)).json.items;
  assert.ok(slots.length === 1, 'the demo doctor has a free slot');
  const slot = slots[0];
  const when = local(slot.start);

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
  await doctor.goto(`/today?date=${when.date}`);
  const today = doctor.getByTestId('today-list');
  await today.waitFor();
  await today.getByRole('button', { name: 'Llamar' }).click();
  await expectLive('in_progress');
  await today.getByRole('button', { name: 'Finalizar' }).click();
  await expectLive('finished');
  await screenshot(second, 'agenda-live-finished');

  const history = await apiIn(first, 'GET', `/api/v1/appointments/${id}/history`);
  assert.deepEqual(history.json.items.map((e) => e.to_status),
    ['registered', 'confirmed', 'waiting', 'in_progress', 'finished']);
  for (const page of [first, second, doctor]) await page.context().close();
});
