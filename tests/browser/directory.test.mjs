// Issue 3's main flows in a real browser against the real server on the demo network:
// the admin adds a consulting room to a clinic (and sees a duplicate code refused beside
// the field); the demo secretary finds the demo patient by DNI and fixes their phone,
// typed the way people type it, which comes back in E.164.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();

test('admin adds a consulting room to a clinic', async () => {
  const page = await browser.signedIn('admin');

  await page.getByRole('link', { name: 'Clínicas' }).click();
  await page.getByTestId('clinics-table').waitFor();
  await browser.a11y(page);
  await page.getByTestId('clinics-table').getByRole('link').first().click();
  const tree = page.getByTestId('clinic-tree');
  await tree.waitFor();

  const code = `T-${Date.now().toString(36).slice(-5).toUpperCase()}`;
  await page.getByRole('button', { name: /^Agregar consultorio en / }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Código').fill(code);
  await dialog.getByLabel('Nombre del consultorio').fill('Consultorio de prueba');
  await dialog.getByRole('button', { name: 'Guardar consultorio' }).click();
  const row = page.getByTestId(`room-row-${code}`);
  await row.waitFor();
  assert.match(await row.innerText(), /Consultorio de prueba/);
  await screenshot(page, 'clinic-tree-room-added');

  // The same code again, in other case, is refused beside the field and nothing is added.
  await page.getByRole('button', { name: /^Agregar consultorio en / }).first().click();
  await dialog.getByLabel('Código').fill(code.toLowerCase());
  await dialog.getByLabel('Nombre del consultorio').fill('Duplicado');
  await dialog.getByRole('button', { name: 'Guardar consultorio' }).click();
  await dialog.getByText('Ya existe un consultorio con ese código en esta clínica').waitFor();
  await screenshot(page, 'clinic-tree-duplicate-room');
  await page.context().close();
});

test('the secretary finds a patient by DNI and fixes their phone', async () => {
  const page = await browser.signedIn('secretaria');

  await page.getByRole('link', { name: 'Pacientes' }).click();
  await page.getByLabel('Buscar paciente').fill('30123456');
  const row = page.getByTestId('patient-row-30123456');
  await row.waitFor();
  await browser.a11y(page);
  assert.match(await row.innerText(), /Paciente, Pablo/);
  await screenshot(page, 'patient-search-by-dni');

  await row.getByRole('link').first().click();
  await page.getByTestId('patient-name').waitFor();
  const phone = page.getByLabel('Teléfono');
  await phone.fill('011 15 4444-3333');
  await page.getByRole('button', { name: 'Guardar cambios' }).click();
  await page.getByText('Paciente actualizado').first().waitFor();
  await page.waitForFunction(() => {
    const input = [...document.querySelectorAll('input')].find((i) => i.value.startsWith('+54'));
    return input?.value === '+5491144443333';
  });
  await screenshot(page, 'patient-phone-fixed');

  // What the secretary saved is what the registry now holds.
  const stored = await page.evaluate(async () => {
    const token = sessionStorage.getItem('healthpulse.token');
    const r = await fetch('/api/v1/patients?q=30123456', { headers: { Authorization: `Bearer ${token}` } });
    return (await r.json()).items[0].phone;
  });
  assert.equal(stored, '+5491144443333');
  await page.context().close();
});
