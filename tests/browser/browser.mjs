// Starts Debian's Chromium through playwright-core (never a downloaded browser) with the
// flags this closed network needs, and gives each test a fresh context.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
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

// A new page signed in as `username`, on the home page (see newPage for `errors`).
export async function signedInPage(browser, errors, username, password = 'healthpulse') {
  const page = await newPage(browser, errors);
  await signIn(page, username, password);
  await page.getByRole('heading', { name: 'Inicio' }).waitFor();
  return page;
}

// Calls the API from inside a signed-in page, with that page's token.
export function apiIn(page, method, path, body) {
  return page.evaluate(async ({ method, path, body }) => {
    const token = sessionStorage.getItem('healthpulse.token');
    const r = await fetch(path, {
      method,
      headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    return { status: r.status, json: await r.json().catch(() => null) };
  }, { method, path, body });
}

/**
 * The browser of one test file: launched before its tests and closed after them; the file
 * fails if any page opened on it threw a JavaScript error. Opens pages with
 * `newPage()` and `signedIn(username, password)`.
 */
export function fileBrowser() {
  const pageErrors = [];
  let browser;
  before(async () => { browser = await launch(); });
  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors, [], 'no JavaScript errors on any page');
  });
  return {
    newPage: () => newPage(browser, pageErrors),
    signedIn: (username, password) => signedInPage(browser, pageErrors, username, password),
  };
}
