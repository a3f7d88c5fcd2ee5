// Issue 12, admin and language: the users screen filters by role and states the password
// rule before the first error; a server problem reaches the Spanish UI in Spanish; dates
// are typed dd/mm/aaaa whatever the browser's own date picker would do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser } from './browser.mjs';

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
