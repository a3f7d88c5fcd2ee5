// Issue 10's screens without sending: a doctor sets a follow-up interval on a treatment;
// once the plan has fallen due (moved into the past by SQL, as time would) with nothing
// booked, the secretary's "Seguimiento" lists the patient and "Dar turno" opens the booking
// for them; the patient turns SMS off in "Mi perfil" and it stays off after a reload; the
// admin edits a template on "Mensajes SMS" and the counter says what an accent costs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { apiIn, fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();
const { signedIn } = browser;
const suffix = Date.now() % 10_000_000;
const DATABASE_URL = process.env.HEALTHPULSE_DATABASE_URL || '';
const sql = (statement) =>
  execFileSync('psql', [DATABASE_URL, '-X', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', statement], { encoding: 'utf8', timeout: 30000 }).trim();
const rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/** A fresh patient of the secretary's clinic with a login, booked with the demo doctor in two months. */
async function patientUnderCare(secretary, doctorId, clinicId) {
  const username = `sms${suffix}`;
  const password = `Clave-segura-${suffix}`;
  const created = await apiIn(secretary, 'POST', '/api/v1/patients', {
    first_name: 'Irene', last_name: `Control${suffix}`, document_number: String(70000000 + suffix), phone: '11 5555-0202',
    sms_consent: true, account: { username, password },
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const from = Date.now() + 60 * 86_400_000;
  const slots = await apiIn(secretary, 'GET',
    `/api/v1/availability?doctor_id=${doctorId}&clinic_id=${clinicId}&from=${rfc3339(from)}&to=${rfc3339(from + 20 * 86_400_000)}&limit=1`);
  const slot = slots.json.items[0];
  assert.ok(slot, 'the demo doctor has a free slot');
  const practices = (await apiIn(secretary, 'GET', `/api/v1/practices?clinic_id=${clinicId}&limit=200`)).json.items;
  const minutes = (Date.parse(slot.end) - Date.parse(slot.start)) / 60000;
  const practice = practices.find((p) => p.duration_minutes === minutes) ?? practices[0];
  const booked = await apiIn(secretary, 'POST', '/api/v1/appointments', {
    patient_id: created.json.id, doctor_id: doctorId, room_id: slot.room_id, practice_id: practice.id, start: slot.start,
  });
  assert.equal(booked.status, 201, JSON.stringify(booked.json));
  return { patient: created.json, turno: booked.json, username, password };
}

test('a due follow-up shows on the secretary\'s Seguimiento with Dar turno; the patient turns SMS off in Mi perfil', async () => {
  assert.ok(DATABASE_URL, 'HEALTHPULSE_DATABASE_URL names the server\'s database');
  const secretary = await signedIn('secretaria');
  const doctor = await signedIn('medico');
  const me = (await apiIn(doctor, 'GET', '/api/v1/auth/me')).json;
  const clinicId = me.clinic_ids[0];
  const { patient, turno, username, password } = await patientUnderCare(secretary, me.doctor_id, clinicId);

  // The doctor writes a treatment with a follow-up every 30 days in the chart.
  await doctor.goto(`/patients/${patient.id}/chart`);
  await doctor.getByRole('button', { name: 'Agregar tratamiento' }).click();
  const dialog = doctor.getByRole('dialog', { name: 'Nuevo tratamiento' });
  const medicine = `Enalapril 10 mg ${suffix}`;
  await dialog.getByLabel('Medicamento o indicación').fill(medicine);
  await dialog.getByLabel('Seguimiento cada (días)').fill('30');
  await dialog.getByRole('button', { name: 'Guardar' }).click();
  await dialog.waitFor({ state: 'detached' });
  const plans = doctor.getByTestId('follow-up-plans');
  await plans.getByText(/Cada 30 días/).waitFor();
  const plan = (await apiIn(doctor, 'GET', `/api/v1/follow-up-plans?patient_id=${patient.id}`)).json.items[0];
  assert.equal(plan.interval_days, 30);

  // The turno is called off and the plan falls due a week ago: nothing is booked since.
  const cancelled = await apiIn(secretary, 'POST', `/api/v1/appointments/${turno.id}/status`, { status: 'cancelled', reason: 'Viaja' });
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.json));
  sql(`UPDATE follow_up_plans SET next_due_on = current_date - 7 WHERE id = ${plan.id}`);

  // Seguimiento lists the patient with phone and document, and no treatment text.
  await secretary.getByRole('link', { name: 'Seguimiento' }).click();
  await secretary.getByRole('heading', { name: 'Seguimiento' }).waitFor();
  const row = secretary.getByTestId(`worklist-plan-${plan.id}`);
  while (!(await row.isVisible())) {
    const more = secretary.getByRole('button', { name: 'Más' });
    if (!(await more.isVisible())) break;
    await more.click();
    await secretary.waitForTimeout(300);
  }
  await row.waitFor();
  await browser.a11y(secretary);
  const text = await row.innerText();
  assert.match(text, new RegExp(`Control${suffix}, Irene`));
  assert.match(text, /\+54 9 11 5555-0202/, "the phone as people write it");
  assert.match(text, new RegExp(`DNI ${70000000 + suffix}`));
  assert.match(text, /[67] días/);
  assert.ok(!text.includes('Enalapril'), 'no clinical detail on the worklist');
  await screenshot(secretary, 'sms-follow-up-worklist');
  // "Dar turno" opens the booking from free slots for this patient.
  await row.getByRole('button', { name: 'Dar turno' }).click();
  const booking = secretary.getByRole('dialog', { name: `Dar turno a Irene Control${suffix}` });
  await booking.getByTestId('book-from-availability').waitFor();
  await booking.getByLabel('Práctica').waitFor();

  // The inline worker's scheduler writes the due plan's alert within a few polls (a week late,
  // so it expires unsent): the outbox the patient and the secretary see below.
  let alert;
  for (let i = 0; i < 60 && !alert; i++) {
    const sent = (await apiIn(secretary, 'GET', `/api/v1/sms?patient_id=${patient.id}`)).json.items ?? [];
    alert = sent.find((m) => m.kind === 'follow_up' && m.plan_id === plan.id && m.status !== 'pending' && m.status !== 'sending');
    if (!alert) await secretary.waitForTimeout(500);
  }
  assert.ok(alert, 'the scheduler wrote the due plan\'s alert');

  // The patient turns SMS off in Mi perfil, learning what they are for and how to reply BAJA.
  const mine = await signedIn(username, password);
  await mine.getByRole('link', { name: 'Mi perfil' }).click();
  const consent = mine.getByLabel('Acepta recibir SMS');
  await consent.waitFor();
  assert.equal(await consent.isChecked(), true);
  assert.match(await mine.getByText(/nunca información clínica/).innerText(), /BAJA/);
  await consent.uncheck();
  await mine.getByRole('button', { name: 'Guardar cambios' }).click();
  await mine.getByText('Datos actualizados').waitFor();
  await mine.reload();
  await mine.getByLabel('Acepta recibir SMS').waitFor();
  assert.equal(await mine.getByLabel('Acepta recibir SMS').isChecked(), false);
  assert.equal((await apiIn(mine, 'GET', `/api/v1/patients/${patient.id}`)).json.sms_consent, false);
  // Mi perfil lists the messages sent to them, and the secretary sees the same outbox on the
  // patient's page: the scheduler wrote this plan's alert a week late, so it expired unsent.
  const own = mine.getByTestId(`sms-message-${alert.id}`);
  await own.waitFor();
  assert.match(await own.innerText(), /Seguimiento/);
  assert.equal(await own.getAttribute('data-status'), alert.status);
  // The secretary's list says so too.
  await secretary.reload();
  await row.waitFor();
  assert.match(await row.innerText(), /No acepta SMS/);
  await secretary.goto(`/patients/${patient.id}`);
  await secretary.getByTestId(`sms-message-${alert.id}`).waitFor();
});

test('the admin edits a template: placeholders insert at the caret, an accent turns the counter UCS-2', async () => {
  const admin = await signedIn('admin');
  const original = (await apiIn(admin, 'GET', '/api/v1/sms-templates')).json.items.find((t) => t.kind === 'reply_help').body;
  try {
    await admin.getByRole('link', { name: 'Mensajes SMS' }).click();
    await admin.getByRole('heading', { name: 'Mensajes SMS' }).waitFor();
    await admin.getByTestId('sms-summary').waitFor();
    assert.match(await admin.getByTestId('sms-reminder-effect').innerText(), /Con recordatorio entregado: \d+ turnos[\s\S]*Sin recordatorio entregado/);
    // The period is typed dd/mm/aaaa (not the browser's date picker) and sent as ISO days.
    const from = admin.getByLabel('Desde', { exact: true });
    assert.equal((await from.getAttribute('type')) ?? 'text', 'text', 'not the browser\'s date picker');
    assert.match(await from.inputValue(), /^\d{2}\/\d{2}\/\d{4}$/);
    await from.fill('01/01/2020');
    await admin.getByLabel('Hasta', { exact: true }).fill('31/1/2020');
    const period = admin.waitForResponse((r) => r.url().includes('/api/v1/sms/summary') && r.url().includes('from=2020-01-01') && r.url().includes('to=2020-01-31'));
    await admin.getByRole('button', { name: 'Ver', exact: true }).click();
    assert.equal((await period).status(), 200);
    const card = admin.getByTestId('template-reply_help');
    await card.getByRole('button', { name: 'Editar' }).click();
    const editor = admin.getByTestId('template-editor-reply_help');
    const body = editor.getByLabel('Texto');
    await body.fill('Hola ');
    await editor.getByRole('button', { name: 'Insertar nombre' }).click();
    assert.equal(await body.inputValue(), 'Hola {nombre}');
    assert.equal(await editor.getByTestId('template-preview').innerText(), 'Hola Laura');
    assert.equal(await editor.getByTestId('segment-encoding').innerText(), 'GSM-7');
    assert.match(await editor.getByTestId('segment-counter').innerText(), /10 caracteres[\s\S]*1 segmento/);
    await body.fill(`Hola {nombre}, llámenos. ${'x'.repeat(50)}`);
    assert.equal(await editor.getByTestId('segment-encoding').innerText(), 'UCS-2');
    assert.match(await editor.getByTestId('ucs2-warning').innerText(), /á[\s\S]*70 caracteres en lugar de 160/);
    assert.match(await editor.getByTestId('segment-counter').innerText(), /72 caracteres[\s\S]*2 segmentos/);
    // An unknown placeholder is named and cannot be saved.
    await body.fill('Su {diagnostico}');
    assert.match(await editor.getByTestId('unknown-placeholders').innerText(), /\{diagnostico\}/);
    assert.equal(await editor.getByRole('button', { name: 'Guardar' }).isDisabled(), true);
    assert.equal((await apiIn(admin, 'GET', '/api/v1/sms-templates')).json.items.find((t) => t.kind === 'reply_help').body, original);
    await body.fill('No entendimos. Llame al {telefono_clinica}.');
    await editor.getByRole('button', { name: 'Guardar' }).click();
    await editor.waitFor({ state: 'detached' });
    await card.getByText('No entendimos. Llame al {telefono_clinica}.').waitFor();
    assert.match(await card.innerText(), /Cambiado por/);
    await screenshot(admin, 'sms-templates');
  } finally {
    await apiIn(admin, 'PUT', '/api/v1/sms-templates/reply_help', { body: original });
  }
});
