// Issue 12, the patient on a phone: "Mis turnos" at 390 px separates upcoming turnos from
// past and cancelled ones, shows the clinic's address, and "Agregar al calendario" downloads
// the server's iCalendar file (RFC 5545, times in UTC).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { apiIn, fileBrowser } from './browser.mjs';

const browser = fileBrowser();

test('the patient adds an upcoming turno to the calendar from "Mis turnos" on a phone', async () => {
  const page = await browser.signedIn('paciente');
  await page.setViewportSize({ width: 390, height: 844 });
  const me = (await apiIn(page, 'GET', '/api/v1/auth/me')).json;
  const items = (await apiIn(page, 'GET', `/api/v1/appointments?patient_id=${me.patient_id}`)).json.items;
  const live = new Set(['registered', 'confirmed', 'waiting', 'in_progress']);
  const next = items.find((a) => new Date(a.end) > new Date() && live.has(a.status));
  assert.ok(next, 'the demo patient has an upcoming turno');
  const clinic = (await apiIn(page, 'GET', `/api/v1/clinics/${next.clinic_id}`)).json;

  await page.goto('/my-appointments');
  const upcoming = page.getByTestId('my-upcoming');
  const card = upcoming.getByTestId(`appointment-${next.id}`);
  await card.waitFor();
  for (const a of items.filter((a) => a.status === 'cancelled')) {
    assert.equal(await upcoming.getByTestId(`appointment-${a.id}`).count(), 0, `cancelled turno ${a.id} is not upcoming`);
  }
  assert.equal(await card.getByTestId('clinic-address').innerText(), clinic.address);
  await browser.a11y(page);

  const download = page.waitForEvent('download');
  const served = page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1/appointments/${next.id}/calendar.ics`);
  await card.getByRole('button', { name: 'Agregar al calendario' }).click();
  assert.equal((await served).status(), 200, 'the server makes the file');
  const file = await download;
  assert.equal(file.suggestedFilename(), `turno-${next.id}.ics`);
  const text = fs.readFileSync(await file.path(), 'utf8');
  const lines = text.replace(/\r\n /g, '').split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('VERSION:2.0'));
  // The server's file (GET /appointments/{id}/calendar.ics): times in UTC.
  const utc = (iso) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  assert.ok(lines.includes(`DTSTART:${utc(next.start)}`), `${utc(next.start)} in ${text}`);
  assert.ok(lines.includes(`DTEND:${utc(next.end)}`));
  assert.ok(lines.includes(`UID:turno-${next.id}@healthpulse`));
  assert.ok(lines.includes(`SUMMARY:Turno — ${clinic.name.replace(/[,;]/g, (c) => `\\${c}`)}`), text);
  assert.match(text.replace(/\r\n /g, ''), /LOCATION:.*\\, /, 'the address, commas escaped');
  await page.context().close();
});

test('every patient screen fits 390 px without sideways scrolling, and the menu holds "Salir"', async () => {
  const page = await browser.signedIn('paciente');
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/', '/my-appointments', '/me/record', '/me/access-log', '/me/profile', '/password']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).last().waitFor();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path} is ${width} px wide`);
    await browser.a11y(page);
  }
  assert.equal(await page.locator('header').getByRole('button', { name: 'Salir' }).count(), 0, 'the header does not hold it');
  await page.getByRole('button', { name: 'Abrir o cerrar la navegación' }).click();
  await page.getByRole('button', { name: 'Salir' }).click();
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  await page.context().close();
});
