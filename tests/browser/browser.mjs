// Starts Debian's Chromium through playwright-core (never a downloaded browser) with the
// flags this closed network needs, and gives each test a fresh context.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

export const baseUrl = process.env.HEALTHPULSE_TEST_BASE_URL;
if (!baseUrl) throw new Error('HEALTHPULSE_TEST_BASE_URL must point at a running server');

export const artifactsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'artifacts');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

// A new page in its own context (own sessionStorage), failing the test on page errors.
export async function newPage(browser, errors) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'es-AR' });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.message}`));
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

export async function signIn(page, username, password) {
  await page.goto('/login');
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}
