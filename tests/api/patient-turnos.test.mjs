// Issue 12, the patient's turnos: a patient reschedules their own live turno within the
// rules of booking and cancelling (PATCH /appointments/{id}), and every turno has a
// calendar file (GET /appointments/{id}/calendar.ics) for whoever may see it.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import { api, adminToken, assertInvalid, assertProblem, login, todayClinic, uniqueDni, uniqueName, uniquePassword } from './helpers.mjs';
import { sql } from './database.mjs';

const MIN = 60_000;
const HOUR = 60 * MIN;
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const icsTime = (isoText) => new Date(isoText).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
// Slots a day and more ahead (outside the 2-hour online cancellation window), an hour apart,
// on whole hours: the clinic's zone is a whole-hour offset, so no 30-minute turno starts at
// 23:45 and runs past midnight, out of the doctor's day (422 "outside the doctor's hours").
const base = Math.ceil((Date.now() + 26 * HOUR) / HOUR) * HOUR;
let slot = 0;
const freshSlot = () => base + (slot++) * HOUR;

let f; // the clinic of todayClinic(), its address with a comma and a semicolon
let mine; // a patient with a login {id, token}
let other; // another patient of the same clinic with a login

async function patientWithLogin(first_name) {
  const username = uniqueName('ptr');
  const password = uniquePassword();
  const res = await api('POST', '/api/v1/patients', {
    token: f.secretary.token,
    body: { first_name, last_name: `Turnos ${uniqueName('x').slice(-6)}`, document_number: uniqueDni(), account: { username, password } },
  });
  assert.equal(res.status, 201, res.text);
  return { ...res.json, token: (await login(username, password)).token };
}

async function book(patientId, start) {
  const res = await api('POST', '/api/v1/appointments', {
    token: f.secretary.token,
    body: { patient_id: patientId, doctor_id: f.doctor.doctor_id, room_id: f.room.id, practice_id: f.practice.id, start: iso(start) },
  });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

const move = (id, body, token = mine.token) => api('PATCH', `/api/v1/appointments/${id}`, { token, body });
const get = async (id) => (await api('GET', `/api/v1/appointments/${id}`, { token: f.secretary.token })).json;

before(async () => {
  f = await todayClinic();
  const patched = await api('PATCH', `/api/v1/clinics/${f.clinic.id}`, {
    token: await adminToken(), body: { address: 'Av. Corrientes 1000, piso 3; CABA' },
  });
  assert.equal(patched.status, 200, patched.text);
  f.clinic = patched.json;
  mine = await patientWithLogin('Noemí');
  other = await patientWithLogin('Julián');
});

describe('a patient reschedules their own turno (PATCH /api/v1/appointments/{id})', () => {
  test('their own live turno moves to a free slot of the same doctor: same id, the event says who', async () => {
    const a = await book(mine.id, freshSlot());
    const to = freshSlot();
    const res = await move(a.id, { start: iso(to), room_id: f.room.id });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.id, a.id);
    assert.equal(Date.parse(res.json.start), to);
    assert.equal(Date.parse(res.json.end), to + 30 * MIN);
    assert.equal(res.json.status, 'registered');
    const events = (await api('GET', `/api/v1/appointments/${a.id}/history`, { token: mine.token })).json.items;
    assert.deepEqual(events.map((e) => e.kind), ['created', 'rescheduled']);
    assert.equal(events[1].actor_user_id, mine.user_id);
  });

  test("another patient's turno is 404 and does not move", async () => {
    const a = await book(other.id, freshSlot());
    assertProblem(await move(a.id, { start: iso(freshSlot()) }), 404);
    assert.deepEqual(await get(a.id), a);
  });

  test('a finished turno, a past one or one within the cancellation window is 409', async () => {
    // Finished: today at the clinic, through waiting and the consultation.
    const today = await book(mine.id, Math.ceil((Date.now() + 10 * MIN) / MIN) * MIN);
    for (const status of ['confirmed', 'waiting', 'in_progress', 'finished']) {
      const res = await api('POST', `/api/v1/appointments/${today.id}/status`, { token: f.secretary.token, body: { status } });
      assert.equal(res.status, 200, `${status}: ${res.text}`);
    }
    assertProblem(await move(today.id, { start: iso(freshSlot()) }), 409);
    assert.equal((await get(today.id)).status, 'finished');
    // Past: a registered turno whose start has gone by (moved back in the database).
    const past = await book(mine.id, freshSlot());
    sql(`UPDATE appointments SET starts_at = now() - interval '3 days', ends_at = now() - interval '3 days' + interval '30 minutes' WHERE id = ${past.id}`);
    const wasPast = await get(past.id);
    assertProblem(await move(past.id, { start: iso(freshSlot()) }), 409);
    assert.deepEqual(await get(past.id), wasPast);
    // Within the 2-hour window: the clinic moves it, not the patient online.
    const soon = await book(mine.id, Math.ceil((Date.now() + 60 * MIN) / (5 * MIN)) * 5 * MIN + 40 * MIN);
    const res = assertProblem(await move(soon.id, { start: iso(freshSlot()) }), 409);
    assert.equal(res.errors?.[0]?.field, 'start', JSON.stringify(res));
    assert.deepEqual(await get(soon.id), soon);
  });

  test('a taken slot is 409 naming the doctor; another doctor is 422; nothing moves', async () => {
    const taken = freshSlot();
    await book(other.id, taken);
    const a = await book(mine.id, freshSlot());
    const res = assertProblem(await move(a.id, { start: iso(taken) }), 409);
    assert.ok(res.errors?.some((e) => e.field === 'doctor_id' || e.field === 'room_id'), JSON.stringify(res));
    assertInvalid(await move(a.id, { doctor_id: f.doctor.doctor_id + 100000 }), 'doctor_id');
    assertInvalid(await move(a.id, { start: iso(Date.now() - HOUR) }), 'start');
    assert.deepEqual(await get(a.id), a);
  });
});

describe('GET /api/v1/appointments/{id}/calendar.ics', () => {
  const ics = (id, token = mine.token) => api('GET', `/api/v1/appointments/${id}/calendar.ics`, { token });

  test('one VEVENT in UTC with the clinic as summary and its address, escaped, as location; CRLF lines', async () => {
    const a = await book(mine.id, freshSlot());
    const res = await ics(a.id);
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type'), /^text\/calendar/);
    assert.match(res.headers.get('content-disposition'), new RegExp(`filename="turno-${a.id}\\.ics"`));
    assert.ok(res.text.endsWith('\r\n'), 'the last line ends in CRLF');
    assert.ok(!/[^\r]\n/.test(res.text), 'no line ends in a bare LF');
    const lines = res.text.replace(/\r\n /g, '').split('\r\n');
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    for (const line of ['VERSION:2.0', 'BEGIN:VEVENT', 'END:VEVENT', `UID:turno-${a.id}@healthpulse`,
      `DTSTART:${icsTime(a.start)}`, `DTEND:${icsTime(a.end)}`, `SUMMARY:Turno — ${f.clinic.name}`,
      'LOCATION:Av. Corrientes 1000\\, piso 3\\; CABA', 'STATUS:CONFIRMED']) {
      assert.ok(lines.includes(line), `${line} in\n${res.text}`);
    }
    const stamp = lines.find((l) => l.startsWith('DTSTAMP:'));
    assert.match(stamp, /^DTSTAMP:\d{8}T\d{6}Z$/);
  });

  test('a cancelled turno says so and carries no reason', async () => {
    const a = await book(mine.id, freshSlot());
    const reason = 'Motivo privado del paciente';
    const cancel = await api('POST', `/api/v1/appointments/${a.id}/status`, { token: mine.token, body: { status: 'cancelled', reason } });
    assert.equal(cancel.status, 200, cancel.text);
    const res = await ics(a.id);
    assert.equal(res.status, 200, res.text);
    assert.ok(res.text.includes('\r\nSTATUS:CANCELLED\r\n'), res.text);
    assert.ok(!res.text.replace(/\r\n /g, '').includes(reason), 'no reason in the file');
  });

  test("another patient's turno, or one of another clinic, is 404; signed out 401", async () => {
    const a = await book(other.id, freshSlot());
    assertProblem(await ics(a.id), 404);
    assertProblem(await ics(987654321), 404);
    assertProblem(await ics('abc'), 404);
    assert.equal((await ics(a.id, other.token)).status, 200);
    assert.equal((await ics(a.id, f.secretary.token)).status, 200);
    assert.equal((await ics(a.id, f.doctor.token)).status, 200);
    assertProblem(await api('GET', `/api/v1/appointments/${a.id}/calendar.ics`), 401);
  });
});
