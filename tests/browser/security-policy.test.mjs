// The Content-Security-Policy the server sends must not break what it protects: the web
// app (Mantine's injected styles, its scripts, its API calls, the live stream) and the
// Swagger UI at /api/docs render with no violation reported by the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileBrowser, signIn } from './browser.mjs';

const browser = fileBrowser();

// A page that records every CSP violation (the event and the console's "Refused to").
async function watchedPage() {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const all = async () => [...violations, ...(await page.evaluate(() => window.__cspViolations ?? []))];
  return { page, all };
}

test('the web app signs in and shows the agenda and the waiting room under its CSP', async () => {
  const { page, all } = await watchedPage();
  const response = await page.goto('/login');
  assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self'/);
  await signIn(page, 'secretaria', 'healthpulse');
  await page.getByRole('heading', { name: 'Inicio' }).waitFor();
  await browser.a11y(page);
  for (const link of ['Agenda', 'Sala de espera']) {
    const nav = page.getByRole('link', { name: link }).first();
    if (await nav.count()) {
      await nav.click();
      await page.waitForTimeout(1000); // not networkidle: the live stream stays open
      await browser.a11y(page);
    }
  }
  assert.deepEqual(await all(), [], 'no CSP violations in the app');
});

test('Swagger UI renders the API under its own CSP', async () => {
  const { page, all } = await watchedPage();
  const response = await page.goto('/api/docs');
  assert.match(response.headers()['content-security-policy'] ?? '', /font-src 'self' data:/);
  await page.locator('.swagger-ui .info .title').waitFor();
  assert.match(await page.locator('.swagger-ui .info .title').innerText(), /HealthPulse/i);
  await page.locator('.opblock').first().waitFor();
  assert.deepEqual(await all(), [], 'no CSP violations in Swagger UI');
});
