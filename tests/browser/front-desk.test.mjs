// Issue 12, the secretary's and the doctor's half, in real browsers against the real
// server: the agenda at a clinic's real size (doctors picked and remembered, one lane per
// doctor, a loading state, the keyboard, dialogs that give the focus back, the print
// layout), the patient page (turnos, "Dar turno" from the free slots, the panel's data),
// states that follow the clinic's clock, and the consulting room ("Hoy" on other days,
// calling any waiting patient, "Finalizar turno", the duplicate diagnosis warning, CIE-10
// ranking). Each test builds a clinic of its own where it is about noon, so "later today"
// has hours on the grid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, bookAt, clinicClock, fileBrowser, quarterHourAhead, screenshot, todayClinic } from './browser.mjs';

const browser = fileBrowser();
const { signedIn } = browser;
let counter = 0;
const tag = () => `${Date.now() % 10_000_000}${String.fromCharCode(97 + (counter++ % 26))}`;

// The admin's page that builds each test's clinic, opened by the first test that needs it.
let adminPage;
const admin = () => (adminPage ??= signedIn('admin'));

async function newPatient(page, clinicId, extra = {}) {
  const suffix = `${Date.now() % 10_000_000}${counter++}`;
  const res = await apiIn(page, 'POST', '/api/v1/patients', {
    first_name: 'Irene', last_name: `Mostrador${suffix}`, document_number: String(40_000_000 + (Number(suffix) % 9_000_000)),
    clinic_id: clinicId, ...extra,
  });
  assert.equal(res.status, 201, JSON.stringify(res.json));
  return res.json;
}

async function moveTo(page, id, status) {
  const res = await apiIn(page, 'POST', `/api/v1/appointments/${id}/status`, { status });
  assert.equal(res.status, 200, `→ ${status}: ${JSON.stringify(res.json)}`);
}

/** The instant of `date` (YYYY-MM-DD) at hh:mm in an Etc/GMT zone (or UTC). */
function atZone(date, hh, mm, zone) {
  const match = /^Etc\/GMT([+-])(\d+)$/.exec(zone);
  const ahead = match ? (match[1] === '-' ? 1 : -1) * Number(match[2]) : 0;
  return Date.parse(`${date}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00Z`) - ahead * 3600_000;
}

async function openAgenda(page) {
  await page.getByRole('link', { name: 'Agenda' }).click();
  await page.getByTestId('agenda-grid').waitFor();
}

const columnKeys = (page) => page.locator('[data-testid^="agenda-column-"]').evaluateAll(
  (cells) => cells.map((c) => c.getAttribute('data-testid').replace('agenda-column-', '')));

test('the secretary picks the doctors shown by specialty, name or turnos that day, and the choice is remembered', async () => {
  const f = await todayClinic(await admin(), { tag: tag(), doctors: 6, specialties: ['Cardiología', 'Pediatría', 'Clínica médica'] });
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  await openAgenda(secretary);
  const all = f.doctors.map((d) => String(d.doctor_id)).sort();
  assert.deepEqual((await columnKeys(secretary)).sort(), all, 'every doctor without a choice');
  // Full names on hover (title) even when the column is narrow.
  const header = secretary.getByTestId(`agenda-column-${f.doctors[0].doctor_id}`);
  assert.match(await header.getAttribute('title'), new RegExp(f.doctors[0].full_name));

  const picker = secretary.getByTestId('doctor-picker');
  await picker.getByLabel('Especialidad').selectOption('Pediatría');
  const pediatricians = f.doctors.filter((d) => d.specialty === 'Pediatría').map((d) => String(d.doctor_id)).sort();
  await secretary.waitForFunction((n) => document.querySelectorAll('[data-testid^="agenda-column-"]').length === n, pediatricians.length);
  assert.deepEqual((await columnKeys(secretary)).sort(), pediatricians);

  // Remembered after a reload (per user and clinic).
  await secretary.reload();
  await secretary.getByTestId('agenda-grid').waitFor();
  assert.deepEqual((await columnKeys(secretary)).sort(), pediatricians, 'the specialty survives a reload');
  assert.equal(await secretary.getByTestId('doctor-picker').getByLabel('Especialidad').inputValue(), 'Pediatría');

  // "Solo con turnos ese día": one doctor has a turno today.
  await picker.getByLabel('Especialidad').selectOption('');
  const patient = await newPatient(secretary, f.clinic.id);
  const busy = f.doctors[4];
  await bookAt(secretary, f, busy, patient.id, quarterHourAhead(1));
  await picker.getByLabel('Solo con turnos ese día').check();
  await secretary.waitForFunction((n) => document.querySelectorAll('[data-testid^="agenda-column-"]').length === n, 1);
  assert.deepEqual(await columnKeys(secretary), [String(busy.doctor_id)]);

  // By name: words that start the name.
  await picker.getByLabel('Solo con turnos ese día').uncheck();
  await picker.getByLabel('Buscar médico').fill(f.doctors[2].full_name.split(' ')[1].slice(0, 7));
  await secretary.waitForFunction((n) => document.querySelectorAll('[data-testid^="agenda-column-"]').length === n, 1);
  assert.deepEqual(await columnKeys(secretary), [String(f.doctors[2].doctor_id)]);
  await secretary.context().close();
});

test('a turno longer than a row is drawn at its true size in one full-width lane, and the day shows it is loading', async () => {
  const f = await todayClinic(await admin(), { tag: tag() });
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const patient = await newPatient(secretary, f.clinic.id);
  const start = quarterHourAhead(1);
  const long = await apiIn(secretary, 'POST', '/api/v1/appointments', {
    patient_id: patient.id, doctor_id: doc.doctor_id, room_id: f.room.id, practice_id: f.practice.id,
    start: new Date(start).toISOString().replace(/\.\d+Z$/, 'Z'), end: new Date(start + 75 * 60_000).toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  assert.equal(long.status, 201, JSON.stringify(long.json));
  // A cancelled turno at the same time: it does not split the lane.
  const other = await newPatient(secretary, f.clinic.id);
  const gone = await bookAt(secretary, f, doc, other.id, start + 120 * 60_000);
  const cancelled = await apiIn(secretary, 'POST', `/api/v1/appointments/${gone.id}/status`, { status: 'cancelled', reason: 'Viaja' });
  assert.equal(cancelled.status, 200);
  await bookAt(secretary, f, doc, other.id, start + 120 * 60_000);

  // The turnos answer slowly: the grid says it is loading rather than looking empty.
  const appointmentsList = (url) => url.pathname === '/api/v1/appointments';
  await secretary.route(appointmentsList, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await secretary.getByRole('link', { name: 'Agenda' }).click();
  await secretary.getByTestId('agenda-loading').waitFor();
  assert.equal(await secretary.getByTestId('agenda-grid').getAttribute('aria-busy'), 'true');
  await secretary.getByTestId('agenda-loading').waitFor({ state: 'detached' });
  await secretary.unroute(appointmentsList);

  await secretary.getByLabel('Mostrar cancelados y ausentes').check();
  const block = secretary.getByTestId(`appointment-${long.json.id}`);
  await block.waitFor();
  // Its rows are the turno's alone: no slot button is left under it.
  const when = clinicClock(new Date(start), f.clinic.timezone);
  assert.equal(await secretary.getByTestId(`slot-${doc.doctor_id}-${when.time}`).count(), 0);
  const free = clinicClock(new Date(start - 60 * 60_000), f.clinic.timezone);
  const slot = secretary.getByTestId(`slot-${doc.doctor_id}-${free.time}`);
  const [b, s] = [await block.boundingBox(), await slot.boundingBox()];
  assert.ok(b.height >= 4.5 * s.height, `75 minutes cover five rows: ${b.height} vs ${s.height}`);
  assert.ok(b.width >= s.width - 6, `full width: ${b.width} vs ${s.width}`);
  // Nothing bookable beside or under it: the right edge of the block is the block.
  await block.scrollIntoViewIfNeeded();
  const b2 = await block.boundingBox();
  const hit = await secretary.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid]')?.getAttribute('data-testid'),
    { x: b2.x + b2.width - 4, y: b2.y + b2.height / 2 });
  assert.equal(hit, `appointment-${long.json.id}`);
  assert.equal(await secretary.getByTestId(`appointment-${gone.id}`).count(), 0, 'the cancelled turno under the live one is not drawn beside it');
  await screenshot(secretary, 'agenda-one-lane');
  await secretary.context().close();
});

test('the grid is one tab stop with arrow keys inside; Enter books; the dialog gives the focus back', async () => {
  const f = await todayClinic(await admin(), { tag: tag(), doctors: 2 });
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const patient = await newPatient(secretary, f.clinic.id);
  await openAgenda(secretary);
  const focused = () => secretary.evaluate(() => document.activeElement?.getAttribute('data-testid'));
  const [d0, d1] = [...f.doctors].sort((a, b) => a.full_name.localeCompare(b.full_name));

  // Tab into the grid from the last control before it: one stop, then out.
  await secretary.getByTestId(`slot-${d0.doctor_id}-07:00`).waitFor();
  await secretary.getByText('Arrastrá un turno').click();
  let tabs = 0;
  while (!((await focused()) ?? '').startsWith('slot-') && tabs < 40) { await secretary.keyboard.press('Tab'); tabs++; }
  assert.equal(await focused(), `slot-${d0.doctor_id}-07:00`, 'the grid\'s first cell');
  const tabStops = await secretary.locator('[data-testid="agenda-grid"] [tabindex="0"]').count();
  assert.equal(tabStops, 1, 'one tab stop in the whole grid');
  await secretary.keyboard.press('Tab');
  assert.ok(!((await focused()) ?? '').startsWith('slot-'), 'the next Tab leaves the grid');
  await secretary.keyboard.press('Shift+Tab');
  assert.equal(await focused(), `slot-${d0.doctor_id}-07:00`);

  // Arrows: down a row, right a doctor, PageDown an hour.
  await secretary.keyboard.press('ArrowDown');
  assert.equal(await focused(), `slot-${d0.doctor_id}-07:15`);
  await secretary.keyboard.press('ArrowRight');
  assert.equal(await focused(), `slot-${d1.doctor_id}-07:15`);
  await secretary.keyboard.press('PageDown');
  assert.equal(await focused(), `slot-${d1.doctor_id}-08:15`);
  await secretary.keyboard.press('ArrowLeft');
  assert.equal(await focused(), `slot-${d0.doctor_id}-08:15`);

  // Enter opens the booking dialog for that slot; Escape gives the focus back to it.
  await secretary.keyboard.press('Enter');
  const form = secretary.getByTestId('booking-form');
  await form.waitFor();
  await secretary.keyboard.press('Escape');
  await form.waitFor({ state: 'detached' });
  await secretary.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, `slot-${d0.doctor_id}-08:15`);

  // Down to a slot later today, Enter, and book: the focus lands on the new turno.
  const when = clinicClock(new Date(quarterHourAhead(1)), f.clinic.timezone);
  await secretary.getByTestId(`slot-${d0.doctor_id}-${when.time}`).focus();
  await secretary.keyboard.press('Enter');
  await form.waitFor();
  await form.getByLabel('Buscar paciente').fill(patient.document_number);
  await form.getByLabel('Paciente', { exact: true }).selectOption(String(patient.id));
  await form.getByLabel('Práctica').selectOption(String(f.practice.id));
  await form.getByRole('button', { name: 'Reservar' }).click();
  await Promise.race([form.waitFor({ state: 'detached' }), secretary.getByTestId('booking-error').waitFor()]);
  if (await form.count()) assert.fail(`booking refused: ${await secretary.getByTestId('booking-error').innerText()}`);
  const booked = (await apiIn(secretary, 'GET', `/api/v1/appointments?patient_id=${patient.id}`)).json.items[0];
  await secretary.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, `appointment-${booked.id}`);

  // Enter on the turno opens its panel; closing it returns the focus to the turno.
  await secretary.keyboard.press('Enter');
  const panel = secretary.getByTestId('appointment-panel');
  await panel.waitFor();
  await secretary.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  await secretary.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === id, `appointment-${booked.id}`);
  // Arrow down from a turno leaves it from its last row.
  await secretary.keyboard.press('ArrowDown');
  const below = clinicClock(new Date(quarterHourAhead(1) + 30 * 60_000), f.clinic.timezone);
  assert.equal(await focused(), `slot-${d0.doctor_id}-${below.time}`);
  await secretary.context().close();
});

test('the turno panel shows the patient\'s DNI, phone and obra social; arrival is offered only on the turno\'s day', async () => {
  const f = await todayClinic(await admin(), { tag: tag() });
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const patient = await newPatient(secretary, f.clinic.id, { phone: '011 15 5555-1234', insurer: 'OSDE', insurer_member_number: '61-223344-5' });
  const todayTurno = await bookAt(secretary, f, doc, patient.id, quarterHourAhead(1));
  const today = clinicClock(new Date(), f.clinic.timezone).date;
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const tomorrowTurno = await bookAt(secretary, f, doc, patient.id, atZone(tomorrow, 10, 0, f.clinic.timezone));
  for (const t of [todayTurno, tomorrowTurno]) await moveTo(secretary, t.id, 'confirmed');

  await openAgenda(secretary);
  await secretary.getByTestId(`appointment-${todayTurno.id}`).click();
  const panel = secretary.getByTestId('appointment-panel');
  await panel.waitFor();
  await panel.getByTestId('panel-phone').filter({ hasText: '5555' }).waitFor();
  assert.match(await panel.getByTestId('panel-document').innerText(), new RegExp(patient.document_number));
  assert.match(await panel.getByTestId('panel-insurer').innerText(), /OSDE · 61-223344-5/);
  assert.equal(await panel.getByRole('button', { name: 'Registrar llegada' }).count(), 1, 'today: arrival offered');
  await secretary.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });

  await secretary.getByRole('button', { name: 'Siguiente' }).click();
  await secretary.getByTestId(`appointment-${tomorrowTurno.id}`).click();
  await panel.waitFor();
  await panel.getByRole('button', { name: 'Cancelar' }).waitFor();
  assert.equal(await panel.getByRole('button', { name: 'Registrar llegada' }).count(), 0, 'tomorrow: no arrival yet');
  assert.equal(await panel.getByRole('button', { name: 'Ausente' }).count(), 0, 'not started: no no-show');
  await secretary.context().close();
});

test('the patient page lists upcoming and past turnos with their state, and "Dar turno" books a free slot for them', async () => {
  // The demo patient has two months of turnos at the demo secretary's clinic.
  const demo = await signedIn('secretaria');
  const found = (await apiIn(demo, 'GET', '/api/v1/patients?q=30123456')).json.items[0];
  await demo.goto(`/patients/${found.id}`);
  const past = demo.getByTestId('patient-past');
  await past.locator('[data-testid^="patient-appointment-"]').first().waitFor();
  const states = await past.locator('[data-testid^="patient-appointment-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
  assert.ok(states.includes('finished'), `past turnos with their states: ${states.join()}`);
  assert.match(await past.innerText(), /Finalizado/i);
  await demo.context().close();

  // A patient of a clinic of our own: "Dar turno" → the next free slots → booked for them.
  const f = await todayClinic(await admin(), { tag: tag() });
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const patient = await newPatient(secretary, f.clinic.id);
  await secretary.goto(`/patients/${patient.id}`);
  await secretary.getByTestId('patient-upcoming').getByText('No tiene turnos próximos.').waitFor();
  await secretary.getByTestId('give-turno').click();
  const finder = secretary.getByTestId('book-from-availability');
  await finder.getByLabel('Práctica').selectOption(String(f.practice.id));
  const slot = finder.getByTestId('free-slot').first();
  await slot.waitFor();
  const start = await slot.getAttribute('data-start');
  await slot.click();
  await secretary.getByTestId('chosen-slot').getByRole('button', { name: 'Confirmar turno' }).click();
  await finder.waitFor({ state: 'detached' });
  const row = secretary.getByTestId('patient-upcoming').locator('[data-testid^="patient-appointment-"]');
  await row.first().waitFor();
  assert.equal(await row.first().getAttribute('data-status'), 'registered');
  const mine = (await apiIn(secretary, 'GET', `/api/v1/appointments?patient_id=${patient.id}`)).json.items;
  assert.deepEqual(mine.map((a) => [a.start, a.doctor_id]), [[start, f.doctors[0].doctor_id]]);
  await secretary.context().close();
});

test('the consulting room: "Hoy" shows date and clinic and moves between days; any waiting patient is called; the chart finishes the turno and warns of a duplicate diagnosis; "diabetes" offers E11 first', async () => {
  const f = await todayClinic(await admin(), { tag: tag() });
  const [doc] = f.doctors;
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const [ana, beto] = [await newPatient(secretary, f.clinic.id, { first_name: 'Ana' }), await newPatient(secretary, f.clinic.id, { first_name: 'Beto' })];
  const first = await bookAt(secretary, f, doc, ana.id, quarterHourAhead(1));
  const second = await bookAt(secretary, f, doc, beto.id, quarterHourAhead(2));
  for (const t of [first, second]) { await moveTo(secretary, t.id, 'confirmed'); await moveTo(secretary, t.id, 'waiting'); }
  const today = clinicClock(new Date(), f.clinic.timezone).date;
  const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const later = await bookAt(secretary, f, doc, ana.id, atZone(tomorrow, 9, 0, f.clinic.timezone));

  const doctor = await signedIn(doc.username, doc.password);
  await doctor.getByRole('link', { name: 'Hoy' }).click();
  const heading = doctor.getByTestId('today-heading');
  await heading.waitFor();
  await browser.a11y(doctor);
  assert.match(await heading.innerText(), new RegExp(f.clinic.name));
  const todayHeading = await heading.innerText();
  // Both waiting patients can be called; the second one is.
  const list = doctor.getByTestId('today-list');
  await list.getByTestId(`appointment-${first.id}`).getByRole('button', { name: 'Llamar' }).waitFor();
  await list.getByTestId(`appointment-${second.id}`).getByRole('button', { name: 'Llamar' }).click();
  await doctor.waitForFunction((id) => document.querySelector(`[data-testid="appointment-${id}"]`)?.getAttribute('data-status') === 'in_progress', second.id);

  // Another day: tomorrow's turno, no "Llamar" there.
  await doctor.getByRole('button', { name: 'Día siguiente' }).click();
  await list.getByTestId(`appointment-${later.id}`).waitFor();
  assert.notEqual(await heading.innerText(), todayHeading);
  assert.equal(await list.getByRole('button', { name: 'Llamar' }).count(), 0);
  await doctor.getByRole('button', { name: 'Hoy', exact: true }).click();
  await list.getByTestId(`appointment-${second.id}`).waitFor();

  // The chart of the patient in consultation: an active diagnosis exists already.
  const existing = await apiIn(doctor, 'POST', `/api/v1/patients/${beto.id}/diagnoses`, { code: 'I10', chronic: true, appointment_id: second.id });
  assert.equal(existing.status, 201, JSON.stringify(existing.json));
  await list.getByTestId(`appointment-${second.id}`).getByRole('link', { name: 'Historia clínica' }).click();
  await doctor.waitForURL(`**/patients/${beto.id}/chart`);
  await doctor.getByRole('button', { name: 'Agregar diagnóstico' }).click();
  const dialog = doctor.getByRole('dialog', { name: 'Nuevo diagnóstico' });
  // CIE-10 ranks what doctors mean: "diabetes" → E11 first.
  await dialog.getByLabel('Código CIE-10').fill('diabetes');
  const firstOption = doctor.getByRole('option').first();
  await firstOption.waitFor();
  assert.equal(await firstOption.getAttribute('data-code'), 'E11');
  // "hta" is I10, already on the problem list: a warning offers the existing entry.
  await dialog.getByLabel('Código CIE-10').fill('hta');
  await doctor.getByRole('option', { name: /^I10 / }).first().click();
  const warning = dialog.getByTestId('duplicate-diagnosis');
  await warning.waitFor();
  assert.match(await warning.innerText(), /I10/);
  await warning.getByRole('button', { name: 'Ver el existente' }).click();
  await dialog.waitFor({ state: 'detached' });
  await doctor.waitForFunction((id) => document.activeElement?.getAttribute('data-testid') === `problem-${id}`, existing.json.original_id ?? existing.json.id);

  // "Finalizar turno" ends the consultation (not a treatment).
  const context = doctor.getByTestId('write-context');
  await context.getByRole('button', { name: 'Finalizar turno' }).click();
  await doctor.waitForFunction(() => !document.querySelector('[data-testid="write-context"]')?.hasAttribute('data-appointment-id'));
  const after = (await apiIn(doctor, 'GET', `/api/v1/appointments/${second.id}`)).json;
  assert.equal(after.status, 'finished');
  for (const page of [secretary, doctor]) await page.context().close();
});

test('the day\'s agenda prints as the grid alone: clinic and date, every row, no navigation or controls', async () => {
  const f = await todayClinic(await admin(), { tag: tag(), doctors: 3 });
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  await openAgenda(secretary);
  await secretary.emulateMedia({ media: 'print' });
  const shown = (testId) => secretary.getByTestId(testId).evaluate((el) => getComputedStyle(el).display !== 'none');
  assert.equal(await shown('agenda-print-title'), true);
  assert.match(await secretary.getByTestId('agenda-print-title').innerText(), new RegExp(f.clinic.name));
  assert.equal(await shown('doctor-picker'), false);
  assert.equal(await secretary.locator('nav').first().evaluate((el) => getComputedStyle(el).display), 'none');
  const grid = await secretary.getByTestId('agenda-grid').evaluate((el) => ({ overflow: getComputedStyle(el).overflowY, maxHeight: getComputedStyle(el).maxHeight }));
  assert.deepEqual(grid, { overflow: 'visible', maxHeight: 'none' });
  await secretary.context().close();
});

test('"Buscar turno libre" in the agenda: a patient, a practice, the next free slot, booked for them', async () => {
  const f = await todayClinic(await admin(), { tag: tag(), doctors: 2 });
  const secretary = await signedIn(f.secretary.username, f.secretary.password);
  const patient = await newPatient(secretary, f.clinic.id);
  await openAgenda(secretary);
  await secretary.getByTestId('open-free-slot-finder').click();
  const finder = secretary.getByTestId('free-slot-finder');
  await finder.getByLabel('Buscar paciente').fill(patient.document_number);
  await secretary.waitForFunction((id) => [...document.querySelectorAll('[data-testid="free-slot-finder"] select option')].some((o) => o.selected && o.value === String(id)), patient.id);
  await finder.getByLabel('Práctica').selectOption(String(f.practice.id));
  const slot = finder.getByTestId('free-slot').first();
  await slot.waitFor();
  const [start, doctorId] = [await slot.getAttribute('data-start'), Number(await slot.getAttribute('data-doctor-id'))];
  await slot.click();
  await secretary.getByTestId('chosen-slot').getByRole('button', { name: 'Confirmar turno' }).click();
  await finder.waitFor({ state: 'detached' });
  const mine = (await apiIn(secretary, 'GET', `/api/v1/appointments?patient_id=${patient.id}`)).json.items;
  assert.deepEqual(mine.map((a) => [a.start, a.doctor_id]), [[start, doctorId]]);
  // The agenda shows it.
  await secretary.getByTestId(`appointment-${mine[0].id}`).waitFor();
  await secretary.context().close();
});
