// Starts Debian's Chromium through playwright-core (never a downloaded browser) with the
// flags this closed network needs, and gives each test a fresh context.
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
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

// WCAG 2.1 A and AA plus axe's best practices (landmarks, names); critical and serious fail.
const kAxeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const kFailingImpacts = new Set(['critical', 'serious']);

// Waits (at most 3 s) for the page's finite CSS transitions and animations to end: a
// dialog or panel fading in is half transparent, and axe measures the contrast of what is
// painted, so a check mid-fade reports colours no user ends up seeing. Spinners run
// forever and are not waited for.
async function settleTransitions(page) {
  await page.evaluate(() => {
    const finite = document.getAnimations().filter((a) => {
      const end = a.effect?.getComputedTiming().endTime;
      return typeof end === 'number' && Number.isFinite(end);
    });
    const done = Promise.all(finite.map((a) => a.finished.catch(() => {})));
    return Promise.race([done, new Promise((resolve) => setTimeout(resolve, 3000))]);
  });
}

/**
 * Runs axe-core on what `page` shows now (every screen of the app; not the API's docs) and adds each critical or serious violation to
 * `violations` as "path: rule (impact) help — selector". A page that navigates or closes
 * while axe runs is checked again at its next screen, so that run is dropped.
 */
export async function checkA11y(page, violations) {
  if (page.isClosed()) return;
  // Swagger UI under /api/docs is the developers' third-party tool, not a screen of the app.
  if (new URL(page.url()).pathname.startsWith('/api/')) return;
  let results;
  try {
    await settleTransitions(page);
    results = await new AxeBuilder({ page }).withTags(kAxeTags).options({ resultTypes: ['violations'] }).analyze();
  } catch (e) {
    if (/closed|destroyed|navigat|detached|Target/i.test(String(e?.message ?? e))) return;
    throw e;
  }
  const where = new URL(page.url()).pathname;
  for (const v of results.violations) {
    if (!kFailingImpacts.has(v.impact)) continue;
    for (const node of v.nodes) {
      // Contrast failures say what axe measured, so a report names the colours to change.
      const data = node.any?.[0]?.data;
      const measured = data?.contrastRatio ? ` (${data.fgColor} on ${data.bgColor}: ${data.contrastRatio}:1)` : '';
      const line = `${where}: ${v.id} (${v.impact}) ${v.help} — ${node.target.join(' ')}${measured}`;
      if (!violations.includes(line)) violations.push(line);
    }
  }
}

// A screen's name: its path with ids as ":id" (one check covers /patients/1 and /patients/2).
function screenOf(url) {
  return new URL(url).pathname.replace(/\/\d+(?=\/|$)/g, '/:id');
}

// Every open page, with where its violations go and its axe check in progress.
const a11yQueues = new Map();

/** Checks what `page` shows now with axe (see checkA11y); resolves when done. */
export function a11y(page) {
  const entry = a11yQueues.get(page);
  if (!entry) return Promise.resolve();
  entry.pending = entry.pending.then(() => {
    if (!page.isClosed()) entry.checked.add(screenOf(page.url()));
    return checkA11y(page, entry.violations);
  }).catch(() => {});
  return entry.pending;
}

// Adds to the page's violations each screen it showed that axe never checked, once: every
// screen a test visits must be checked (a11y(page) once it shows), not only the last one.
function reportUnchecked(entry) {
  for (const screen of entry.visited) {
    if (entry.checked.has(screen)) continue;
    entry.violations.push(`${screen}: shown but never checked by axe (call a11y(page) once it shows)`);
    entry.checked.add(screen);
  }
}

// A new page in its own context (own sessionStorage), failing the test on page errors and
// on accessibility violations: axe runs on the screen reached by each step helper
// (signing in), on what a test asks for with a11y(page) (a dialog, a new screen), and on
// what each page shows when its context closes; a screen the page showed (any navigation,
// in-app ones too) that was never checked fails the test. axe blocks the page while it
// runs, so it never runs in the middle of a test's own steps.
export async function newPage(browser, errors, violations = []) {
  const context = await browser.newContext({ baseURL: baseUrl, locale: 'es-AR' });
  context.setDefaultTimeout(15000);
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${e.message}`));
  const entry = { violations, pending: Promise.resolve(), visited: new Set(), checked: new Set() };
  a11yQueues.set(page, entry);
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && /^https?:/.test(frame.url())) entry.visited.add(screenOf(frame.url()));
  });
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await a11y(page);
    reportUnchecked(entry);
    a11yQueues.delete(page);
    return close(...args);
  };
  return page;
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

export async function signIn(page, username, password) {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  await a11y(page);
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}

// A new page signed in as `username`, on the home page (see newPage for `errors`).
export async function signedInPage(browser, errors, username, password = 'healthpulse', violations = []) {
  const page = await newPage(browser, errors, violations);
  await signIn(page, username, password);
  await page.getByRole('heading', { name: 'Inicio' }).waitFor();
  await a11y(page);
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
 * fails if any page opened on it threw a JavaScript error, and each test fails on any
 * critical or serious axe-core violation on a screen it visited (checked at sign-in, on
 * the home page, where a test calls `a11y(page)`, when a context closes, and on every
 * page still open when the test ends). Opens pages with `newPage()` and `signedIn(username, password)`.
 */
export function fileBrowser() {
  const pageErrors = [];
  const violations = [];
  let browser;
  before(async () => { browser = await launch(); });
  afterEach(async () => {
    for (const [page, entry] of [...a11yQueues]) { await a11y(page); reportUnchecked(entry); }
    const found = violations.splice(0);
    assert.deepEqual(found, [], 'no critical or serious accessibility violations on any screen visited');
  });
  after(async () => {
    await browser?.close();
    assert.deepEqual(pageErrors, [], 'no JavaScript errors on any page');
  });
  return {
    newPage: () => newPage(browser, pageErrors, violations),
    signedIn: (username, password) => signedInPage(browser, pageErrors, username, password, violations),
    a11y,
  };
}

/** An Etc/GMT zone whose wall clock reads about noon now: "later today" there has hours. */
export function noonZone(now = Date.now()) {
  const ahead = 12 - new Date(now).getUTCHours(); // hours ahead of UTC: -11 .. 12
  return ahead === 0 ? 'UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
}

/**
 * Made by the signed-in admin `admin`: a clinic where it is about noon now (so a turno
 * later today shows on the grid's 07-21 rows, and arrival and calling in are allowed,
 * DESIGN.md §4), a consulting room, a 30-minute practice, a secretary and `doctors`
 * doctors who work there all day every day (specialties from `specialties`, cycled).
 * Returns {clinic, room, practice, secretary: {username, password}, doctors: [{id,
 * doctor_id, full_name, specialty, username, password}]}.
 */
export async function todayClinic(admin, { tag, doctors = 1, specialties = ['Clínica médica'] }) {
  const ok = async (method, path, body, status = 201) => {
    const res = await apiIn(admin, method, path, body);
    assert.equal(res.status, status, `${method} ${path}: ${JSON.stringify(res.json)}`);
    return res.json;
  };
  const clinic = await ok('POST', '/api/v1/clinics', { name: `Clínica ${tag}`, address: 'Av. de Mayo 500', timezone: noonZone() });
  const floor = await ok('POST', `/api/v1/clinics/${clinic.id}/floors`, { number: 1, name: 'Primer piso' });
  const room = await ok('POST', `/api/v1/floors/${floor.id}/rooms`, { code: 'H-1', name: 'Consultorio H-1' });
  const nomenclator = await ok('POST', '/api/v1/nomenclators', { name: `Nomenclador ${tag}`, version: '2024' });
  const practice = await ok('POST', '/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: `H${tag}`.slice(-12), name: `Consulta ${tag}`, specialty: specialties[0],
    duration_minutes: 30, clinic_ids: [clinic.id],
  });
  const password = `clave de prueba ${tag}`;
  const secretary = { username: `sec${tag}`, password };
  await ok('POST', '/api/v1/users', { ...secretary, full_name: `Secretaria ${tag}`, role: 'secretary', clinic_ids: [clinic.id] });
  const made = [];
  for (let i = 0; i < doctors; i++) {
    const specialty = specialties[i % specialties.length];
    const username = `doc${i}x${tag}`;
    const user = await ok('POST', '/api/v1/users', {
      username, password, full_name: `Dra. Médica${String.fromCharCode(65 + (i % 26))} ${tag}-${i}`, role: 'doctor', clinic_ids: [clinic.id], specialty,
    });
    const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinic.id, weekday, from: '00:00', to: '24:00' }));
    await ok('PUT', `/api/v1/doctors/${user.doctor_id}/schedule`, { blocks }, 200);
    made.push({ id: user.id, doctor_id: user.doctor_id, full_name: user.full_name, specialty, username, password });
  }
  return { clinic, room, practice, secretary, doctors: made };
}

/** The clinic's wall clock at an instant: {date: YYYY-MM-DD, time: HH:MM}. */
export function clinicClock(instant, timeZone) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Books `patientId` with the doctor at the today clinic at `start` (ms, on a quarter hour); returns the turno. */
export async function bookAt(secretaryPage, fixture, doctor, patientId, start) {
  const res = await apiIn(secretaryPage, 'POST', '/api/v1/appointments', {
    patient_id: patientId, doctor_id: doctor.doctor_id, room_id: fixture.room.id, practice_id: fixture.practice.id,
    start: new Date(start).toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  assert.equal(res.status, 201, JSON.stringify(res.json));
  return res.json;
}

/** A quarter hour `hours` from now (ms). */
export function quarterHourAhead(hours) {
  const q = 15 * 60_000;
  return Math.ceil((Date.now() + hours * 3600_000) / q) * q;
}
