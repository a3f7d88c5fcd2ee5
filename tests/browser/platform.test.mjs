// Issue 2's main flow in a real browser against the real server: the admin signs in,
// creates a secretary (seeing a refused duplicate beside its field), signs out; the
// secretary signs in and cannot reach the users screen; an ended session returns to
// sign-in with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser, screenshot, signIn } from './browser.mjs';

const browser = fileBrowser();

const suffix = Date.now().toString(36);
const secretary = { username: `sec${suffix}`, fullName: `Silvia Secretaria ${suffix}`, password: 'una clave segura 1' };

test('admin creates a secretary, who cannot see the users screen', async () => {
  const page = await browser.signedIn('admin');
  assert.match(await page.getByTestId('user-menu').innerText(), /Administrador/);

  await page.getByRole('link', { name: 'Usuarios' }).click();
  await page.getByTestId('users-table').waitFor();
  await page.getByRole('link', { name: 'Nuevo usuario' }).click();
  await page.getByRole('heading', { name: 'Nuevo usuario' }).waitFor();
  await browser.a11y(page);

  // A username that exists (in another case) is refused beside the field.
  await page.getByLabel('Usuario').fill('ADMIN');
  await page.getByLabel('Nombre completo').fill(secretary.fullName);
  await page.getByLabel('Rol').selectOption({ label: 'Secretaria' });
  await page.getByLabel('Contraseña').fill(secretary.password);
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await page.getByText('Ya existe un usuario con ese nombre de usuario').waitFor();
  await screenshot(page, 'duplicate-username');

  await page.getByLabel('Usuario').fill(secretary.username);
  await page.getByRole('button', { name: 'Crear usuario' }).click();
  await page.getByText('Usuario creado').first().waitFor();
  // The demo network has hundreds of users: find the new one with the search box.
  await page.getByLabel('Buscar').fill(secretary.username);
  const row = page.getByTestId(`user-row-${secretary.username}`);
  await row.waitFor();
  assert.match(await row.innerText(), /Secretaria/);
  assert.match(await row.innerText(), /Activo/i); // the badge shows it in capitals
  await screenshot(page, 'users-list');

  await page.getByRole('button', { name: 'Salir' }).click();
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();

  await signIn(page, secretary.username, secretary.password);
  await page.getByRole('heading', { name: 'Inicio' }).waitFor();
  assert.match(await page.getByTestId('user-menu').innerText(), /Secretaria/);
  const nav = page.getByRole('navigation');
  assert.equal(await nav.getByRole('link', { name: 'Usuarios' }).count(), 0, 'no Usuarios link for a secretary');
  assert.equal(await nav.getByRole('link', { name: 'Auditoría' }).count(), 0, 'no Auditoría link for a secretary');

  await page.goto('/users');
  await page.getByRole('heading', { name: 'No encontrado' }).waitFor();
  assert.equal(await page.getByTestId('users-table').count(), 0);
  await screenshot(page, 'secretary-users-not-found');
  await page.context().close();
});

test('a session ended elsewhere returns to sign-in with a message', async () => {
  const page = await browser.signedIn(secretary.username, secretary.password);

  // End the session server-side, as a deactivation or an expiry would.
  const status = await page.evaluate(async () => {
    const token = sessionStorage.getItem('healthpulse.token');
    const r = await fetch('/api/v1/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    return r.status;
  });
  assert.equal(status, 204);

  await page.getByRole('link', { name: 'Cambiar contraseña' }).click();
  await page.getByLabel('Contraseña actual').waitFor();
  await browser.a11y(page);
  await page.getByLabel('Contraseña actual').fill(secretary.password);
  await page.getByLabel('Nueva contraseña').fill('otra clave segura 2');
  await page.getByLabel('Repetir la contraseña nueva').fill('otra clave segura 2');
  await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
  await page.getByText('Tu sesión expiró. Ingresá de nuevo.').waitFor();
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  await screenshot(page, 'session-expired');
  await page.context().close();
});
