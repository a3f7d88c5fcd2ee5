// Linking a patient of another clinic, in a real browser against the real server: a
// patient registered by a secretary of another clinic of the network is invisible to the
// demo secretaria. Her "Nuevo paciente" with the same DNI is refused with "already
// registered at another clinic" and a "Vincular" button that opens the link dialog with
// the DNI typed; a wrong birth date gets the same "no patient" answer as an unknown
// document, the right one registers the patient at her clinic and opens their page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();

const suffix = Date.now() % 10_000_000;
const { signedIn } = browser;

test('the secretary links a patient of another clinic from a refused "Nuevo paciente"', async () => {
  const admin = await signedIn('admin');
  const secretaria = await signedIn('secretaria');
  const me = (await apiIn(secretaria, 'GET', '/api/v1/auth/me')).json;
  assert.equal(me.clinic_ids.length, 1, 'the demo secretaria works at one clinic (no clinic select)');
  const clinics = (await apiIn(admin, 'GET', '/api/v1/clinics?limit=200')).json.items;
  const home = clinics.find((c) => c.id === me.clinic_ids[0]);
  const other = clinics.find((c) => c.active && !me.clinic_ids.includes(c.id));
  assert.ok(home && other, 'the demo network has another active clinic');

  // A secretary of the other clinic registers a patient there.
  const username = `recepcion${suffix}`;
  const password = `otra clinica ${suffix}`;
  const secretaryB = await apiIn(admin, 'POST', '/api/v1/users', {
    username, password, full_name: `Recepción ${suffix}`, role: 'secretary', clinic_ids: [other.id],
  });
  assert.equal(secretaryB.status, 201, JSON.stringify(secretaryB.json));
  const clinicB = await signedIn(username, password);
  // 50-60 million: clear of the seed's DNIs (20-46 million) and of the other tests' (80 million up).
  const dni = String(50_000_000 + suffix);
  const created = await apiIn(clinicB, 'POST', '/api/v1/patients', {
    first_name: 'Rosa', last_name: `Vínculo${suffix}`, document_number: dni, birth_date: '1975-01-02',
  });
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const patient = created.json;
  assert.deepEqual(patient.clinic_ids, [other.id]);
  assert.equal((await apiIn(secretaria, 'GET', `/api/v1/patients/${patient.id}`)).status, 404, 'not hers yet');

  // The Pacientes screen has the link dialog too; closing it gives the focus back to its button.
  await secretaria.getByRole('link', { name: 'Pacientes' }).click();
  const open = secretaria.getByRole('button', { name: 'Vincular paciente de otra clínica' });
  await open.waitFor();
  await browser.a11y(secretaria);
  await open.click();
  const dialog = secretaria.getByRole('dialog', { name: 'Vincular paciente de otra clínica' });
  await dialog.getByText('Con el paciente presente: se verifica el documento y la fecha de nacimiento. Queda registrado en la auditoría.').waitFor();
  await secretaria.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await secretaria.waitForFunction(() => document.activeElement?.textContent === 'Vincular paciente de otra clínica');

  // "Nuevo paciente" with her DNI: already registered at another clinic, with a way to link her.
  await secretaria.getByRole('link', { name: 'Nuevo paciente' }).click();
  await secretaria.getByRole('button', { name: 'Registrar paciente' }).waitFor();
  await browser.a11y(secretaria);
  await secretaria.getByRole('textbox', { name: 'Nombre', exact: true }).fill('Rosa');
  await secretaria.getByRole('textbox', { name: 'Apellido', exact: true }).fill(`Vínculo${suffix}`);
  await secretaria.getByRole('textbox', { name: 'Número de documento' }).fill(dni);
  await secretaria.getByRole('button', { name: 'Registrar paciente' }).click();
  await secretaria.getByText('Este documento ya está registrado en otra clínica de la red.').waitFor();
  await screenshot(secretaria, 'patient-create-document-in-network');
  await secretaria.getByRole('button', { name: 'Vincular', exact: true }).click();

  // The dialog starts from the DNI she typed; a wrong birth date is refused beside the form.
  await dialog.waitFor();
  assert.equal(await dialog.getByLabel('Tipo de documento').inputValue(), 'DNI');
  assert.equal(await dialog.getByRole('textbox', { name: 'Número de documento' }).inputValue(), dni);
  assert.equal(await dialog.getByLabel('Clínica').count(), 0, 'no clinic to choose at one clinic');
  const birthDate = dialog.getByRole('textbox', { name: 'Fecha de nacimiento' });
  await birthDate.fill('03/01/1975');
  await dialog.getByRole('button', { name: 'Vincular paciente' }).click();
  await dialog.getByText('No hay ningún paciente de la red con ese documento y esa fecha de nacimiento.').waitFor();
  await screenshot(secretaria, 'patient-link-not-found');
  assert.equal((await apiIn(secretaria, 'GET', `/api/v1/patients/${patient.id}`)).status, 404, 'a wrong date links nobody');

  // The right date, typed day first: her page, and the notification names the clinic.
  await birthDate.fill('02/01/1975');
  await dialog.getByRole('button', { name: 'Vincular paciente' }).click();
  await secretaria.getByText(`Paciente vinculado a ${home.name}`).waitFor();
  const name = secretaria.getByTestId('patient-name');
  await name.waitFor();
  assert.equal(await name.innerText(), `Vínculo${suffix}, Rosa`);
  assert.ok(secretaria.url().endsWith(`/patients/${patient.id}`), secretaria.url());
  await screenshot(secretaria, 'patient-linked');

  // The registry now lists her clinic for the patient, next to the other one.
  const linked = await apiIn(secretaria, 'GET', `/api/v1/patients/${patient.id}`);
  assert.equal(linked.status, 200, JSON.stringify(linked.json));
  assert.deepEqual([...linked.json.clinic_ids].sort((a, b) => a - b), [home.id, other.id].sort((a, b) => a - b));
  for (const page of [admin, secretaria, clinicB]) await page.context().close();
});
