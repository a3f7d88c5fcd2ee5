// Issue 11's statistics in a real browser on the demo network: the admin opens room
// occupancy, changes the period, sees the chart's figures change, and downloads the CSV
// of what is on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { apiIn, fileBrowser, screenshot } from './browser.mjs';

const browser = fileBrowser();

test('the admin opens occupancy, changes the period and downloads its CSV', async () => {
  const page = await browser.signedIn('admin');
  await page.getByRole('link', { name: 'Estadísticas' }).click();
  await page.getByRole('tab', { name: 'Ocupación de consultorios' }).waitFor();
  const table = page.getByTestId('occupancy-table');
  await table.waitFor();
  // This month of the demo network has turnos: some room has booked minutes.
  const bookedColumn = () => table.locator('tbody tr td:nth-child(5)').allInnerTexts();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="occupancy-table"] tbody tr').length > 0);
  const before = await bookedColumn();
  assert.ok(before.some((v) => v !== '0'), `some booked minutes this month: ${before.slice(0, 5)}`);
  assert.ok(await page.locator('.recharts-surface').count() > 0, 'the bar chart is drawn');
  await screenshot(page, 'statistics-occupancy-month');

  // January 2020, before the demo's history: nothing booked.
  // Typed the Argentine way, in a plain text field (not the browser's own date picker).
  assert.equal((await page.getByLabel('Desde').getAttribute('type')) ?? 'text', 'text', 'not the browser\'s date picker');
  await page.getByLabel('Hasta').fill('31/01/2020');
  await page.getByLabel('Desde').fill('1/1/2020');
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('[data-testid="occupancy-table"] tbody tr td:nth-child(5)')];
    return cells.length > 0 && cells.every((c) => c.textContent === '0');
  });
  const after = await bookedColumn();
  assert.notDeepEqual(after, before, 'the figures follow the period');
  await screenshot(page, 'statistics-occupancy-2020');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'room-occupancy-2020-01-01-2020-01-31.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  assert.equal(csv[0], 'clinic_id,floor_id,floor_number,room_id,room_code,open_minutes,booked_minutes,used_minutes,occupancy');
  assert.equal(csv.length - 1, after.length, 'one row per room on screen');
  assert.ok(csv.slice(1).every((line) => line.split(',')[6] === '0'), 'nothing booked in the file either');
  await page.context().close();
});

test("the secretary's Inicio shows how many care gaps her clinics have, as the list counts them", async () => {
  const page = await browser.signedIn('secretaria');
  const count = page.getByTestId('care-gap-count');
  await page.waitForFunction(() => /^[0-9.]+$/.test(document.querySelector('[data-testid="care-gap-count"]')?.textContent ?? ''));
  const summary = await apiIn(page, 'GET', '/api/v1/reports/care-gaps/summary');
  assert.equal(summary.status, 200, JSON.stringify(summary.json));
  assert.equal(await count.innerText(), summary.json.count.toLocaleString('es-AR'));
  await page.context().close();
});
