// The rest of issue 4's web app in real browsers against the real server: the waiting-room
// screen follows a turno live (checked in → "En espera", called in → "En consulta" with
// the room) showing first name and initial only; the secretary drags a turno to another
// time in the agenda; the patient books from the free slots in "Mis turnos".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();

const suffix = Date.now() % 10_000_000;

const { signedIn } = browser;

// Wall-clock date, "HH:MM" and ISO weekday of an instant at a time zone.
function wallClock(instant, timeZone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short',
  }).formatToParts(instant).map((p) => [p.type, p.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday) + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday };
}

const rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

// The shortest practice of a specialty offered at a clinic.
async function practiceAt(page, clinicId, specialty) {
  const answer = await apiIn(page, 'GET', `/api/v1/practices?clinic_id=${clinicId}&specialty=${encodeURIComponent(specialty)}&active=true`);
  assert.equal(answer.status, 200, JSON.stringify(answer.json));
  const practices = answer.json.items.sort((a, b) => a.duration_minutes - b.duration_minutes);
  assert.ok(practices.length > 0, `the clinic offers a ${specialty} practice`);
  return practices[0];
}

test('the waiting-room screen shows the checked-in patient, then the room they are called to, live', async () => {
  const admin = await signedIn('admin');
  const secretary = await signedIn('secretaria');
  const clinicId = (await apiIn(secretary, 'GET', '/api/v1/auth/me')).json.clinic_ids[0];
  const clinic = (await apiIn(secretary, 'GET', `/api/v1/clinics/${clinicId}`)).json;

  // A doctor of our own whose day at the clinic covers every hour of today, so a turno
  // later today exists whenever the suite runs (bar the practice's length before midnight).
  const now = wallClock(new Date(), clinic.timezone);
  const password = 'sala de espera 1';
  const doctorUser = await apiIn(admin, 'POST', '/api/v1/users', {
    username: `sala${suffix}`, password, full_name: `Dra. Paula Sala ${suffix}`, role: 'doctor',
    clinic_ids: [clinicId], specialty: 'Clínica médica',
  });
  assert.equal(doctorUser.status, 201, JSON.stringify(doctorUser.json));
  const doctorId = doctorUser.json.doctor_id;
  const schedule = await apiIn(admin, 'PUT', `/api/v1/doctors/${doctorId}/schedule`, {
    blocks: [{ clinic_id: clinicId, weekday: now.weekday, from: '00:00', to: '24:00' }],
  });
  assert.equal(schedule.status, 200, JSON.stringify(schedule.json));

  const practice = await practiceAt(secretary, clinicId, 'Clínica médica');
  const surname = `Espera${suffix}`;
  const patient = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Valentina', last_name: surname, document_number: String(81_000_000 + suffix),
  });
  assert.equal(patient.status, 201, JSON.stringify(patient.json));
  const slots = await apiIn(secretary, 'GET', `/api/v1/availability?doctor_id=${doctorId}&practice_id=${practice.id}` +
    `&clinic_id=${clinicId}&from=${rfc3339(Date.now() + 60_000)}&to=${rfc3339(Date.now() + 86_400_000)}&limit=1`);
  assert.equal(slots.status, 200, JSON.stringify(slots.json));
  const slot = slots.json.items[0];
  assert.ok(slot && wallClock(new Date(slot.start), clinic.timezone).date === now.date, 'a free slot later today');
  const booked = await apiIn(secretary, 'POST', '/api/v1/appointments', {
    patient_id: patient.json.id, doctor_id: doctorId, room_id: slot.room_id, practice_id: practice.id, start: slot.start,
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.json));
  const id = booked.json.id;

  // The screen: from the navigation, one clinic, full screen (no app frame).
  const screen = await signedIn('secretaria');
  await screen.getByRole('link', { name: 'Sala de espera' }).click();
  await screen.getByRole('link', { name: 'Abrir pantalla' }).waitFor();
  await browser.a11y(screen);
  await screen.getByRole('link', { name: 'Abrir pantalla' }).click();
  const board = screen.getByTestId('waiting-room-board');
  await board.waitFor();
  assert.equal(await screen.getByRole('navigation').count(), 0, 'the screen shows no app navigation');
  await screen.getByTestId('board-clock').waitFor();
  assert.equal(await screen.getByTestId(`board-line-${id}`).count(), 0, 'not on the board before arriving');
  // Set on this document: still there at the end means the page was never reloaded.
  await screen.evaluate(() => { window.boardNeverReloaded = true; });

  // The secretary confirms the turno and checks the patient in.
  for (const status of ['confirmed', 'waiting']) {
    const moved = await apiIn(secretary, 'POST', `/api/v1/appointments/${id}/status`, { status });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
  }
  const waitingLine = screen.getByTestId('board-waiting').getByTestId(`board-line-${id}`);
  await waitingLine.waitFor();
  const waitingText = await waitingLine.innerText();
  assert.match(waitingText, /Valentina E\./);
  assert.match(waitingText, new RegExp(`Turno ${wallClock(new Date(slot.start), clinic.timezone).time}`));
  assert.match(waitingText, new RegExp(`Dra\\. Paula Sala ${suffix}`));
  await screenshot(screen, 'waiting-room-waiting');

  // The doctor calls the patient in from the day's list.
  const doctor = await signedIn(`sala${suffix}`, password);
  await doctor.getByRole('link', { name: 'Hoy' }).click();
  const today = doctor.getByTestId(`appointment-${id}`);
  await today.getByRole('button', { name: 'Llamar' }).click();
  await doctor.waitForFunction((id) => document.querySelector(`[data-testid="appointment-${id}"]`)?.getAttribute('data-status') === 'in_progress', id);

  const calledLine = screen.getByTestId('board-in-progress').getByTestId(`board-line-${id}`);
  await calledLine.waitFor();
  assert.match(await calledLine.getByTestId('board-room').innerText(), new RegExp(booked.json.room_code));
  assert.match(await calledLine.innerText(), /Valentina E\./);
  await screen.getByTestId('board-waiting').getByTestId(`board-line-${id}`).waitFor({ state: 'detached' });
  assert.ok(!(await board.innerText()).includes(surname), 'the board never shows the surname in full');
  assert.equal(await screen.evaluate(() => window.boardNeverReloaded), true, 'updated without a reload');
  await screenshot(screen, 'waiting-room-in-consultation');

  for (const page of [admin, secretary, screen, doctor]) await page.context().close();
});

test('the secretary drags a turno to another time; a refused drop puts it back and says why', async () => {
  const admin = await signedIn('admin');
  const secretary = await signedIn('secretaria');
  const clinicId = (await apiIn(secretary, 'GET', '/api/v1/auth/me')).json.clinic_ids[0];
  const clinic = (await apiIn(secretary, 'GET', `/api/v1/clinics/${clinicId}`)).json;

  // A doctor of our own who works 09:00-12:00 on a day five weeks ahead (past the demo
  // seed's turnos, so the clinic's consulting rooms are free then) and has no turnos yet.
  const day = wallClock(new Date(Date.now() + 35 * 86_400_000), clinic.timezone);
  const doctorUser = await apiIn(admin, 'POST', '/api/v1/users', {
    username: `mover${suffix}`, password: 'arrastrar turnos 1', full_name: `Dr. Mario Mover ${suffix}`, role: 'doctor',
    clinic_ids: [clinicId], specialty: 'Clínica médica',
  });
  assert.equal(doctorUser.status, 201, JSON.stringify(doctorUser.json));
  const doctorId = doctorUser.json.doctor_id;
  const schedule = await apiIn(admin, 'PUT', `/api/v1/doctors/${doctorId}/schedule`, {
    blocks: [{ clinic_id: clinicId, weekday: day.weekday, from: '09:00', to: '12:00' }],
  });
  assert.equal(schedule.status, 200, JSON.stringify(schedule.json));

  // A 30-minute practice (two rows of the grid), and two of his free slots an hour or more
  // apart in one room: the turno goes in the first, then is dragged to the second.
  const practices = (await apiIn(secretary, 'GET',
    `/api/v1/practices?clinic_id=${clinicId}&specialty=${encodeURIComponent('Clínica médica')}&active=true`)).json.items;
  const practice = practices.find((p) => p.duration_minutes === 30);
  assert.ok(practice, 'a 30-minute clinical practice');
  const slots = (await apiIn(secretary, 'GET', `/api/v1/availability?doctor_id=${doctorId}&practice_id=${practice.id}` +
    `&clinic_id=${clinicId}&from=${rfc3339(Date.now() + 34 * 86_400_000)}&to=${rfc3339(Date.now() + 36 * 86_400_000)}&limit=50`)).json.items
    .filter((s) => wallClock(new Date(s.start), clinic.timezone).date === day.date);
  const laterInRoom = (a) => slots.find((b) => b.room_id === a.room_id && Date.parse(b.start) >= Date.parse(a.start) + 3_600_000);
  const first = slots.find((a) => laterInRoom(a));
  assert.ok(first, 'two free slots of his an hour apart in one room');
  const target = laterInRoom(first);
  const firstTime = wallClock(new Date(first.start), clinic.timezone).time;
  const targetTime = wallClock(new Date(target.start), clinic.timezone).time;

  const patient = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Mateo', last_name: `Mover${suffix}`, document_number: String(82_000_000 + suffix),
  });
  assert.equal(patient.status, 201, JSON.stringify(patient.json));
  const booked = await apiIn(secretary, 'POST', '/api/v1/appointments', {
    patient_id: patient.json.id, doctor_id: doctorId, room_id: first.room_id, practice_id: practice.id, start: first.start,
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.json));
  const id = booked.json.id;

  // His week in the agenda, on a screen tall enough for the whole day: a drag never has to
  // scroll the grid under the pointer.
  await secretary.setViewportSize({ width: 1280, height: 2000 });
  await secretary.getByRole('link', { name: 'Agenda' }).click();
  await secretary.getByTestId('agenda-grid').waitFor();
  await secretary.getByRole('radiogroup', { name: 'Vista' }).getByText('Semana', { exact: true }).click();
  await secretary.getByLabel('Ver la semana de').selectOption(String(doctorId));
  await secretary.getByLabel('Fecha').fill(day.date);
  const block = secretary.getByTestId(`appointment-${id}`);
  await block.waitFor();
  const slotAt = (time) => secretary.getByTestId(`slot-${doctorId}-${day.date}-${time}`);
  // A row of his column, free (a slot) or under a turno (no slot there: one lane per doctor).
  const rowAt = (time) => secretary.locator(
    `[data-testid="slot-${doctorId}-${day.date}-${time}"], [data-testid="under-${doctorId}-${day.date}-${time}"]`);
  const topOf = async (locator) => (await locator.boundingBox()).y;

  // Dropped outside his hours: refused with the server's reason, and back where it was.
  await block.dragTo(slotAt('18:00'), { sourcePosition: { x: 10, y: 6 } });
  const refusal = secretary.getByTestId('move-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /El médico no atiende en ese horario/);
  await secretary.waitForFunction((id) => !document.querySelector(`[data-testid="appointment-${id}"]`)?.hasAttribute('data-moving'), id);
  await block.scrollIntoViewIfNeeded();
  assert.equal(await topOf(block), await topOf(rowAt(firstTime)), `the refused turno is back at ${firstTime}`);
  assert.equal((await apiIn(secretary, 'GET', `/api/v1/appointments/${id}`)).json.start, first.start);
  await screenshot(secretary, 'drag-refused');

  // Grabbed on its first row and dropped on the target row: it starts there, same length.
  await block.dragTo(slotAt(targetTime), { sourcePosition: { x: 10, y: 6 } });
  await secretary.getByText('Turno reprogramado').waitFor();
  await secretary.waitForFunction((id) => !document.querySelector(`[data-testid="appointment-${id}"]`)?.hasAttribute('data-moving'), id);
  const moved = (await apiIn(secretary, 'GET', `/api/v1/appointments/${id}`)).json;
  assert.equal(moved.start, target.start);
  assert.equal(Date.parse(moved.end) - Date.parse(moved.start), 30 * 60_000);
  assert.equal(moved.room_id, first.room_id);
  await block.scrollIntoViewIfNeeded();
  assert.equal(await topOf(block), await topOf(rowAt(targetTime)), `the turno shows at ${targetTime}`);
  assert.equal(await refusal.count(), 0, 'the earlier refusal is gone');
  const history = (await apiIn(secretary, 'GET', `/api/v1/appointments/${id}/history`)).json.items;
  assert.deepEqual(history.map((e) => e.kind), ['created', 'rescheduled']);
  await screenshot(secretary, 'drag-moved');

  for (const page of [admin, secretary]) await page.context().close();
});

test('the patient books from the free slots in "Mis turnos"; a slot taken meanwhile is refused with the reason', async () => {
  const secretary = await signedIn('secretaria');
  const clinicId = (await apiIn(secretary, 'GET', '/api/v1/auth/me')).json.clinic_ids[0];
  const practice = (await apiIn(secretary, 'GET',
    `/api/v1/practices?clinic_id=${clinicId}&specialty=${encodeURIComponent('Clínica médica')}&active=true`)).json.items[0];
  const password = 'mis turnos libres 1';
  const created = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Julieta', last_name: `Libre${suffix}`, document_number: String(83_000_000 + suffix),
    account: { username: `libre${suffix}`, password },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const other = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Tomás', last_name: `Primero${suffix}`, document_number: String(84_000_000 + suffix),
  });
  assert.equal(other.status, 201, JSON.stringify(other.json));

  const patient = await signedIn(`libre${suffix}`, password);
  await patient.getByRole('link', { name: 'Mis turnos' }).click();
  const form = patient.getByTestId('book-from-availability');
  await form.getByLabel('Práctica').selectOption(String(practice.id));
  await form.getByLabel('Clínica').selectOption(String(clinicId));
  const slots = form.getByTestId('free-slot');
  await slots.first().waitFor();

  // She chooses the earliest; before she confirms, the secretary gives it to someone else.
  const taken = slots.first();
  const start = await taken.getAttribute('data-start');
  const doctorId = await taken.getAttribute('data-doctor-id');
  await taken.click();
  const chosen = patient.getByRole('dialog', { name: 'Turno elegido' }).getByTestId('chosen-slot');
  await chosen.waitFor();
  const end = rfc3339(Date.parse(start) + practice.duration_minutes * 60_000);
  const room = (await apiIn(secretary, 'GET', `/api/v1/availability?doctor_id=${doctorId}&practice_id=${practice.id}` +
    `&clinic_id=${clinicId}&from=${start}&to=${end}&limit=1`)).json.items[0];
  const first = await apiIn(secretary, 'POST', '/api/v1/appointments', {
    patient_id: other.json.id, doctor_id: Number(doctorId), room_id: room.room_id, practice_id: practice.id, start,
  });
  assert.equal(first.status, 201, JSON.stringify(first.json));
  await chosen.getByRole('button', { name: 'Confirmar turno' }).click();
  const refusal = chosen.getByTestId('booking-error');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /El médico ya tiene un turno en ese horario/);
  await screenshot(patient, 'my-appointments-slot-taken');
  // The slots shown again are what is free now: the taken one is gone.
  await patient.waitForFunction(({ start, doctorId }) =>
    !document.querySelector(`[data-testid="free-slot"][data-start="${start}"][data-doctor-id="${doctorId}"]`), { start, doctorId });

  // Another slot, and this time it is hers.
  await chosen.getByRole('button', { name: 'Elegir otro' }).click();
  await chosen.waitFor({ state: 'detached' });
  const next = slots.first();
  const nextStart = await next.getAttribute('data-start');
  await next.click();
  await chosen.getByRole('button', { name: 'Confirmar turno' }).click();
  await patient.getByText('Turno reservado').waitFor();
  await chosen.waitFor({ state: 'detached' });
  const mine = (await apiIn(patient, 'GET', `/api/v1/appointments?patient_id=${created.json.id}`)).json.items;
  assert.equal(mine.length, 1);
  assert.equal(mine[0].start, nextStart);
  assert.equal(mine[0].practice_id, practice.id);
  await patient.getByTestId('my-upcoming').getByTestId(`appointment-${mine[0].id}`).waitFor();
  await screenshot(patient, 'my-appointments-booked');

  for (const page of [secretary, patient]) await page.context().close();
});
