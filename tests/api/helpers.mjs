// Shared helpers for the API tests (node:test + global fetch, no extra packages).
// The suite runs against one real server and database (see scripts/test.sh), so every
// test makes its own users with unique usernames and never changes the demo accounts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractProblems, validate } from './contract.mjs';

export const BASE_URL = (process.env.HEALTHPULSE_TEST_BASE_URL || 'http://127.0.0.1:18081').replace(/\/+$/, '');
export const SERVER_LOG = process.env.HEALTHPULSE_TEST_SERVER_LOG || '';
export const DEMO_PASSWORD = 'healthpulse';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// Every password and token a test used: protocol.test.mjs checks none of them reaches
// the server log. Kept per process (node --test runs each file in its own process).
export const secretsUsed = new Set();

let counter = 0;
/** A unique, valid username (letters and digits, well under 40 characters). */
export function uniqueName(prefix = 'u') {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${process.pid.toString(36)}${counter}`;
}

/** A unique, valid password (at least 10 characters). */
export function uniquePassword() {
  counter += 1;
  return `Pw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter}`;
}

/**
 * One HTTP request. `body` is sent as JSON; `rawBody` is sent as is (set the
 * content-type in `headers` yourself). Returns {status, headers, json, text}; json is
 * null when the body is not JSON. Every answer is checked against api/openapi.json
 * (contract.mjs): a status the operation does not declare, an undeclared content type
 * or a body that does not match its schema fails the test, naming the operation and a
 * JSON pointer.
 */
export async function api(method, urlPath, { token, body, headers = {}, rawBody } = {}) {
  const h = { ...headers };
  let payload;
  if (rawBody !== undefined) {
    payload = rawBody;
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    if (!Object.keys(h).some((k) => k.toLowerCase() === 'content-type')) h['content-type'] = 'application/json';
  }
  if (token) {
    secretsUsed.add(token);
    h.authorization = `Bearer ${token}`;
  }
  const res = await fetch(BASE_URL + urlPath, { method, headers: h, body: payload });
  const text = await res.text();
  let json = null;
  if (text.length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
  }
  const answer = { status: res.status, headers: res.headers, json, text };
  const problems = contractProblems(method, urlPath, answer);
  assert.deepEqual(problems, [], `${method} ${urlPath} breaks the API contract:\n${problems.join('\n')}`);
  return answer;
}

/** Asserts `value` matches the spec's components.schemas[schemaName] (as an answer). */
export function assertSchema(value, schemaName) {
  const errors = validate({ $ref: `#/components/schemas/${schemaName}` }, value, 'response');
  assert.deepEqual(errors, [], `${schemaName}: ${errors.map((e) => `${e.pointer} ${e.message}`).join('; ')}`);
}

/** POST /auth/login; returns the full response (does not assert). */
export async function tryLogin(username, password) {
  secretsUsed.add(password);
  const res = await api('POST', '/api/v1/auth/login', { body: { username, password } });
  if (res.json && typeof res.json.token === 'string') secretsUsed.add(res.json.token);
  return res;
}

/** Signs in and returns the login body {token, expires_at, user}; fails the test otherwise. */
export async function login(username, password) {
  const res = await tryLogin(username, password);
  assert.equal(res.status, 200, `login ${username}: ${res.status} ${res.text}`);
  return res.json;
}

let cachedAdmin = null;
/** A token for the demo admin (one session per test file). */
export async function adminToken() {
  if (!cachedAdmin) cachedAdmin = (await login('admin', DEMO_PASSWORD)).token;
  return cachedAdmin;
}

/** A fresh token for a demo account (admin, secretaria, medico, paciente). */
export async function demoToken(username) {
  return (await login(username, DEMO_PASSWORD)).token;
}

/**
 * Creates a user through the admin and signs them in.
 * Returns {id, username, password, token, user}.
 */
export async function newUser(role = 'patient', extra = {}) {
  const username = extra.username || uniqueName(role.slice(0, 3));
  const password = extra.password || uniquePassword();
  const res = await api('POST', '/api/v1/users', {
    token: await adminToken(),
    body: { username, password, full_name: `Test ${role} ${username}`, role, ...extra, ...{ username, password } },
  });
  assert.equal(res.status, 201, `create user: ${res.status} ${res.text}`);
  const { token } = await login(username, password);
  return { id: res.json.id, username, password, token, user: res.json };
}

/** Asserts an RFC 9457 problem response with the given status; returns its JSON. */
export function assertProblem(res, status) {
  assert.equal(res.status, status, `expected ${status}, got ${res.status}: ${res.text}`);
  assert.match(res.headers.get('content-type') || '', /^application\/problem\+json/);
  assert.ok(res.json, `problem body is JSON: ${res.text}`);
  assert.equal(typeof res.json.type, 'string');
  assert.ok(res.json.type.length > 0);
  assert.equal(typeof res.json.title, 'string');
  assert.ok(res.json.title.length > 0);
  assert.equal(res.json.status, status);
  assert.equal(typeof res.json.detail, 'string');
  assert.ok(res.json.detail.length > 0);
  return res.json;
}

/** The field names of a validation problem's errors[]. */
export function errorFields(res) {
  assert.ok(Array.isArray(res.json?.errors), `errors[] present: ${res.text}`);
  for (const e of res.json.errors) {
    assert.equal(typeof e.field, 'string');
    assert.equal(typeof e.message, 'string');
  }
  return res.json.errors.map((e) => e.field);
}

/** Asserts a 422 whose errors[] names (at least) each of `fields`. */
export function assertInvalid(res, ...fields) {
  assertProblem(res, 422);
  const got = errorFields(res);
  for (const f of fields) assert.ok(got.includes(f), `errors[] should name "${f}", got ${JSON.stringify(got)}`);
  return got;
}

// How long the server log was when this test file started (node --test runs each file
// in its own process): assertNoServerErrors reads only what came after, so a 500 is
// reported by the file whose request caused it, not by every file after it.
const LOG_START = SERVER_LOG && fs.existsSync(SERVER_LOG) ? fs.statSync(SERVER_LOG).size : 0;

/**
 * The server's request log as parsed JSON lines (non-JSON lines skipped); with
 * `sinceFileStart`, only the part written since this test file started.
 */
export function readServerLog({ sinceFileStart = false } = {}) {
  if (!SERVER_LOG || !fs.existsSync(SERVER_LOG)) return null;
  const bytes = fs.readFileSync(SERVER_LOG);
  const text = (sinceFileStart ? bytes.subarray(LOG_START) : bytes).toString('utf8');
  const lines = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line));
    } catch {
      /* not a JSON line */
    }
  }
  return { text, lines };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the server log has a line for each of `requestIds` (the log may be
 * written a moment after the response). Returns the parsed log, or null when the
 * suite runs without HEALTHPULSE_TEST_SERVER_LOG.
 */
export async function waitForLog(requestIds = [], timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const log = readServerLog();
    if (!log) return null;
    const ids = new Set(log.lines.map((l) => l.request_id));
    if (requestIds.every((id) => ids.has(id)) || Date.now() > deadline) return log;
    await sleep(50);
  }
}

/** Asserts no request of this test file was answered 5xx (per the server log). */
export async function assertNoServerErrors(t) {
  if (!(await waitForLog())) {
    t?.skip?.('HEALTHPULSE_TEST_SERVER_LOG is not set');
    return;
  }
  const log = readServerLog({ sinceFileStart: true });
  const bad = log.lines.filter((l) => Number(l.status) >= 500);
  assert.deepEqual(bad, [], 'the server answered 5xx');
  assert.ok(!/"status":\s*500\b/.test(log.text), 'a "status":500 line in the server log');
}

/**
 * Every item of a paginated list route, walking next_cursor `limit` items at a time;
 * checks the page shape on the way. `query` is an object of query parameters.
 */
export async function listAll(urlPath, query, token, limit = 200) {
  const out = [];
  let cursor = null;
  let pages = 0;
  do {
    const qs = new URLSearchParams({ ...query, limit: String(limit) });
    if (cursor) qs.set('cursor', cursor);
    const res = await api('GET', `${urlPath}?${qs}`, { token });
    assert.equal(res.status, 200, `GET ${urlPath}?${qs}: ${res.status} ${res.text}`);
    assert.ok(Array.isArray(res.json.items), 'items is an array');
    assert.ok('next_cursor' in res.json, 'next_cursor is always present');
    assert.ok(res.json.items.length <= limit);
    out.push(...res.json.items);
    cursor = res.json.next_cursor;
    assert.ok(cursor === null || typeof cursor === 'string');
    pages += 1;
    assert.ok(pages < 10000, 'pagination ends');
  } while (cursor);
  return out;
}

let digitsCounter = 0;
const digitsBase = Date.now() % 9000000;
/** A DNI of 8 digits ("9" then 7) that no other run of the suite is likely to have used. */
export function uniqueDni() {
  digitsCounter += 1;
  return String(90000000 + ((digitsBase + process.pid * 37 + digitsCounter * 7) % 10000000));
}

/**
 * Books `patientId` as `token` (a secretary of `clinicId`) into the first free slot of
 * doctor `doctorId` at the clinic in the 20 days after `afterMs`, with a practice of the
 * clinic as long as the slot; fails the test when there is none. Returns the appointment.
 */
export async function bookFirstFreeSlot(token, { doctorId, clinicId, patientId, afterMs }) {
  const at = (ms) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  const free = await api('GET', `/api/v1/availability?doctor_id=${doctorId}&clinic_id=${clinicId}&from=${at(afterMs)}&to=${at(afterMs + 20 * 86400_000)}&limit=1`, { token });
  assert.equal(free.status, 200, free.text);
  const slot = free.json.items[0];
  assert.ok(slot, `doctor ${doctorId} has a free slot`);
  const practices = await api('GET', `/api/v1/practices?clinic_id=${clinicId}&limit=200`, { token });
  const minutes = (Date.parse(slot.end) - Date.parse(slot.start)) / 60000;
  const practice = practices.json.items.find((p) => p.duration_minutes === minutes) ?? practices.json.items[0];
  const booked = await api('POST', '/api/v1/appointments', {
    token,
    body: { patient_id: patientId, doctor_id: doctorId, room_id: slot.room_id, practice_id: practice.id, start: slot.start },
  });
  assert.equal(booked.status, 201, booked.text);
  return booked.json;
}


/** An Etc/GMT zone whose wall clock reads about noon at `now`: "later today" there has hours. */
export function noonZone(now = Date.now()) {
  const ahead = 12 - new Date(now).getUTCHours(); // hours ahead of UTC: -11 .. 12
  return ahead === 0 ? 'UTC' : `Etc/GMT${ahead > 0 ? '-' : '+'}${Math.abs(ahead)}`;
}

/**
 * A clinic where it is about noon now, with a consulting room, a 30-minute practice
 * offered there, its own secretary and a doctor who works there all day, every day:
 * for turnos that must be today at the clinic (arrival, in_progress and finished only
 * happen on the turno's local day, DESIGN.md §4). Returns {clinic, room, practice,
 * secretary: {id, token, user}, doctor: {id, doctor_id, token, full_name, clinic_ids}}.
 */
export async function todayClinic({ specialty = 'Clínica médica' } = {}) {
  const admin = await adminToken();
  const post = async (urlPath, body) => {
    const res = await api('POST', urlPath, { token: admin, body });
    assert.equal(res.status, 201, `POST ${urlPath}: ${res.status} ${res.text}`);
    return res.json;
  };
  const clinic = await post('/api/v1/clinics', { name: `Hoy ${uniqueName('c')}`, address: 'Av. Corrientes 1000', timezone: noonZone() });
  const floor = await post(`/api/v1/clinics/${clinic.id}/floors`, { number: 1, name: 'Primer piso' });
  const room = await post(`/api/v1/floors/${floor.id}/rooms`, { code: 'H-1', name: 'Consultorio H-1' });
  const nomenclator = await post('/api/v1/nomenclators', { name: `Nomenclador hoy ${uniqueName('n')}`, version: '2024' });
  const practice = await post('/api/v1/practices', {
    nomenclator_id: nomenclator.id, code: uniqueName('H').slice(-12), name: 'Consulta del día', specialty,
    duration_minutes: 30, clinic_ids: [clinic.id],
  });
  const secretary = await newUser('secretary', { clinic_ids: [clinic.id] });
  const doc = await newUser('doctor', { clinic_ids: [clinic.id], specialty });
  const blocks = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ clinic_id: clinic.id, weekday, from: '00:00', to: '24:00' }));
  const schedule = await api('PUT', `/api/v1/doctors/${doc.user.doctor_id}/schedule`, { token: admin, body: { blocks } });
  assert.equal(schedule.status, 200, schedule.text);
  const doctor = { id: doc.id, doctor_id: doc.user.doctor_id, token: doc.token, full_name: doc.user.full_name, clinic_ids: [clinic.id], username: doc.username, password: doc.password };
  return { clinic, room, practice, secretary, doctor };
}

let todaySlots = 0;
/** Books `patientId` at the today clinic later today (each call the next half hour); returns the turno. */
export async function bookToday(fixture, patientId) {
  const start = Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000 + (todaySlots++) * 31 * 60_000;
  const res = await api('POST', '/api/v1/appointments', {
    token: fixture.secretary.token,
    body: { patient_id: patientId, doctor_id: fixture.doctor.doctor_id, room_id: fixture.room.id, practice_id: fixture.practice.id, start: new Date(start).toISOString().replace(/\.\d+Z$/, 'Z') },
  });
  assert.equal(res.status, 201, res.text);
  return res.json;
}
