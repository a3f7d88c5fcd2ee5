// Issue 12, admin and language: the users screen filters by role and states the password
// rule before the first error; a server problem reaches the Spanish UI in Spanish; dates
// are typed dd/mm/aaaa whatever the browser's own date picker would do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiIn, fileBrowser } from './browser.mjs';

const browser = fileBrowser();

test('admin filters users by role and sees the password rule before any error', async () => {
  const page = await browser.signedIn('admin');
  await page.getByRole('link', { name: 'Usuarios' }).click();
  const table = page.getByTestId('users-table');
  await table.waitFor();
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/users') && r.url().includes('role=doctor'));
  await page.getByLabel('Rol', { exact: true }).selectOption('doctor');
  await filtered;
  await page.getByTestId('user-row-medico').waitFor();
  await page.getByTestId('user-row-secretaria').waitFor({ state: 'detached' });
  const roles = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
  assert.ok(roles.length > 0 && roles.every((r) => r === 'Médico'), roles.join());
  await browser.a11y(page);

  await page.goto('/users/new');
  await page.getByText('Al menos 10 caracteres.').waitFor();
  await browser.a11y(page);
  await page.context().close();
});

test('a user just created is in the list at once, and the list filters by clinic and role', async () => {
  const page = await browser.signedIn('admin');
  await page.goto('/users/new');
  await page.getByRole('textbox', { name: 'Usuario', exact: true }).waitFor();
  await browser.a11y(page);
  const username = `nuevo.${Date.now()}`;
  await page.getByRole('textbox', { name: 'Usuario', exact: true }).fill(username);
  await page.getByLabel('Nombre completo').fill('Nueva Persona Creada');
  await page.getByLabel('Rol').selectOption('patient');
  await page.getByLabel('Contraseña').fill('una-clave-larga-2026');
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await page.waitForURL('**/users');
  // Hundreds of users are listed oldest first: the new one is far past the first page.
  await page.getByTestId(`user-row-${username}`).waitFor();

  const secretaria = (await apiIn(page, 'GET', '/api/v1/users?q=secretaria&role=secretary')).json.items.find((u) => u.username === 'secretaria');
  const clinicId = secretaria.clinic_ids[0];
  const clinic = (await apiIn(page, 'GET', `/api/v1/clinics/${clinicId}`)).json;
  await page.getByLabel('Rol', { exact: true }).selectOption('secretary');
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/users?') && r.url().includes(`clinic_id=${clinicId}`) && r.url().includes('role=secretary'));
  await page.getByLabel('Clínica', { exact: true }).selectOption({ label: clinic.name });
  const listed = await (await filtered).json();
  assert.ok(listed.items.length > 0 && listed.items.every((u) => u.role === 'secretary' && u.clinic_ids.includes(clinicId)));
  await page.getByTestId('user-row-secretaria').waitFor();
  await page.getByTestId(`user-row-${username}`).waitFor({ state: 'detached' });
  await browser.a11y(page);

  // The password rule is under the password field on the user's page too, before any error.
  await page.getByTestId('user-row-secretaria').getByRole('link').click();
  await page.getByLabel('Nueva contraseña').waitFor();
  await page.getByText('Al menos 10 caracteres.').waitFor();
  await browser.a11y(page);
  await page.context().close();
});

test('a server problem is shown in Spanish, not in the server\'s English', async () => {
  const page = await browser.signedIn('admin');
  await page.route('**/api/v1/users?**', (route) => route.fulfill({
    status: 503,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'the database is not reachable' }),
  }));
  await page.getByRole('link', { name: 'Usuarios' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'El servicio no está disponible' });
  await alert.waitFor();
  assert.doesNotMatch(await alert.innerText(), /Service Unavailable|database/);
  await page.context().close();
});

test('a field the server refuses is explained in Spanish beside it, with the failure the server coded', async () => {
  const page = await browser.signedIn('admin');
  await page.goto('/users/new');
  await page.getByRole('textbox', { name: 'Usuario', exact: true }).fill('dos palabras!');
  await page.getByLabel('Nombre completo').fill('Prueba Idioma');
  await page.getByLabel('Contraseña').fill('una-clave-larga-2026');
  const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/users') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  const problem = await (await refused).json();
  assert.equal(problem.status, 422);
  const username = problem.errors.find((e) => e.field === 'username');
  assert.equal(username?.code, 'format', JSON.stringify(problem.errors));
  const message = page.getByText('Debe tener de 3 a 40 caracteres: letras, números, punto, guion o guion bajo');
  await message.waitFor();
  assert.equal(await page.getByText(username.message).count(), 0, 'the server\'s English is not on the screen');
  await browser.a11y(page);
  await page.context().close();
});

test('audit events read as sentences with names, not action codes, ids or JSON', async () => {
  const page = await browser.signedIn('admin');
  await page.getByRole('link', { name: 'Auditoría' }).click();
  const table = page.getByTestId('audit-table');
  await table.waitFor();
  await page.getByLabel('Acción').fill('auth.login');
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/audit-events') && r.url().includes('action=auth.login'));
  await page.getByRole('button', { name: 'Filtrar' }).click();
  const { items } = await (await filtered).json();
  const mine = items[0];
  assert.equal(mine.actor_role, 'admin');
  const first = table.getByTestId('audit-sentence').first();
  await first.filter({ hasText: `${mine.actor_name} (Administrador) ingresó al sistema` }).waitFor();
  const text = await table.innerText();
  assert.doesNotMatch(text, /auth\.login|user #|\{"/, 'no action codes, raw ids or JSON');
  await browser.a11y(page);
  await page.context().close();
});

test('dates are typed dd/mm/aaaa and times on a 24-hour clock', async () => {
  const page = await browser.signedIn('admin');
  await page.getByRole('link', { name: 'Auditoría' }).click();
  const from = page.getByLabel('Desde');
  await from.waitFor();
  assert.equal((await from.getAttribute('type')) ?? 'text', 'text', 'not the browser\'s locale picker');
  assert.equal(await from.getAttribute('placeholder'), 'dd/mm/aaaa');
  await from.fill('1/12/2026');
  await from.blur();
  assert.equal(await from.inputValue(), '01/12/2026');
  await page.context().close();
});
