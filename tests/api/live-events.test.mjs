// The clinic live stream (GET /api/v1/clinics/{id}/events, Server-Sent Events): a
// booking and a status change made through the API arrive on the open streams of the
// clinic's secretary and of the doctor whose agenda it is, within a second; nobody else
// may open the stream.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL, api, demoToken, newUser, assertProblem, assertNoServerErrors,
} from './helpers.mjs';

let secretary;
let doctor;
let medico;
let patientToken;
before(async () => {
  secretary = await demoToken('secretaria');
  doctor = await demoToken('medico');
  patientToken = await demoToken('paciente');
  const me = await api('GET', '/api/v1/auth/me', { token: doctor });
  medico = me.json;
});
after(async (t) => { await assertNoServerErrors(t); });

// Opens the stream and collects its events (parsed JSON data) until closed.
function openStream(clinicId, token) {
  const controller = new AbortController();
  const events = [];
  const ready = fetch(`${BASE_URL}/api/v1/clinics/${clinicId}/events`, {
    headers: { Authorization: `Bearer ${token}` },
    signal: controller.signal,
  }).then(async (response) => {
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/event-stream/);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const pump = async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ done: true }));
        if (done) return;
        buffer += value;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop();
        for (const block of blocks) {
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (data) events.push(JSON.parse(data.slice(6)));
        }
      }
    };
    void pump();
  });
  return { ready, events, close: () => controller.abort() };
}

async function waitFor(predicate, what, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  assert.fail(`timed out waiting for ${what}`);
}

test('a booking and its confirmation reach the clinic secretary and the doctor live', async () => {
  const clinicId = medico.clinic_ids[0];
  const from = new Date(Date.now() + 20 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const to = new Date(Date.now() + 40 * 86400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const free = await api('GET', `/api/v1/availability?doctor_id=${medico.doctor_id}&clinic_id=${clinicId}&from=${from}&to=${to}&limit=1`, { token: secretary });
  assert.equal(free.status, 200, free.text);
  const slot = free.json.items[0];
  assert.ok(slot, 'the demo doctor has a free slot in the coming weeks');
  const practices = await api('GET', `/api/v1/practices?clinic_id=${clinicId}&limit=200`, { token: secretary });
  const minutes = (Date.parse(slot.end) - Date.parse(slot.start)) / 60000;
  const practice = practices.json.items.find((p) => p.duration_minutes === minutes) ?? practices.json.items[0];

  const secretaryStream = openStream(clinicId, secretary);
  const doctorStream = openStream(clinicId, doctor);
  await Promise.all([secretaryStream.ready, doctorStream.ready]);
  try {
    const booked = await api('POST', '/api/v1/appointments', {
      token: secretary,
      body: { patient_id: 1, doctor_id: medico.doctor_id, room_id: slot.room_id, practice_id: practice.id, start: slot.start },
    });
    assert.equal(booked.status, 201, booked.text);
    const id = booked.json.id;
    for (const [who, stream] of [['secretary', secretaryStream], ['doctor', doctorStream]]) {
      await waitFor(() => stream.events.some((e) => e.appointment_id === id && e.type === 'appointment.created'),
        `the booking on the ${who}'s stream`, 1500);
    }
    const created = secretaryStream.events.find((e) => e.appointment_id === id);
    assert.equal(created.clinic_id, clinicId);
    assert.equal(created.status, 'registered');
    assert.equal(created.patient_name, undefined, 'no names travel on the stream');

    const confirmed = await api('POST', `/api/v1/appointments/${id}/status`, { token: secretary, body: { status: 'confirmed' } });
    assert.equal(confirmed.status, 200, confirmed.text);
    await waitFor(() => doctorStream.events.some((e) => e.appointment_id === id && e.status === 'confirmed'),
      'the confirmation on the doctor\'s stream', 1500);

    const cancelled = await api('POST', `/api/v1/appointments/${id}/status`, {
      token: secretary, body: { status: 'cancelled', reason: 'prueba de eventos' },
    });
    assert.equal(cancelled.status, 200, cancelled.text);
    await waitFor(() => secretaryStream.events.some((e) => e.appointment_id === id && e.status === 'cancelled'),
      'the cancellation on the secretary\'s stream', 1500);
  } finally {
    secretaryStream.close();
    doctorStream.close();
  }
});

test('only staff of the clinic (or an admin) may open its stream', async () => {
  const clinics = await api('GET', '/api/v1/clinics?limit=200', { token: secretary });
  const me = await api('GET', '/api/v1/auth/me', { token: secretary });
  const other = clinics.json.items.find((c) => !me.json.clinic_ids.includes(c.id));
  assertProblem(await api('GET', `/api/v1/clinics/${other.id}/events`, { token: secretary }), 404);
  assertProblem(await api('GET', `/api/v1/clinics/${me.json.clinic_ids[0]}/events`, { token: patientToken }), 404);
  assertProblem(await api('GET', `/api/v1/clinics/${me.json.clinic_ids[0]}/events`), 401);
  const admin = openStream(other.id, await demoToken('admin'));
  await admin.ready;
  admin.close();
});

test('one user may hold at most HEALTHPULSE_MAX_STREAMS_PER_USER (5) streams; the next is 429 until one closes', async () => {
  const admin = await newUser('admin');
  const clinics = await api('GET', '/api/v1/clinics?limit=1', { token: admin.token });
  const clinicId = clinics.json.items[0].id;
  const streams = [];
  for (let i = 0; i < 5; i += 1) {
    const s = openStream(clinicId, admin.token);
    await s.ready;
    streams.push(s);
  }
  const refused = await api('GET', `/api/v1/clinics/${clinicId}/events`, { token: admin.token });
  const problem = assertProblem(refused, 429);
  assert.match(problem.detail, /5 live event streams/);
  assert.ok(Number(refused.headers.get('retry-after')) > 0, 'Retry-After says when to try again');
  // Another user is not affected by this one's streams.
  const other = openStream(clinicId, (await newUser('admin')).token);
  await other.ready;
  other.close();
  // Closing one frees its place once the server sees the disconnect.
  streams.pop().close();
  let again = null;
  for (let i = 0; i < 40 && again === null; i += 1) {
    await new Promise((r) => setTimeout(r, 50));
    const s = openStream(clinicId, admin.token);
    const ok = await s.ready.then(() => true, () => false);
    if (ok) again = s;
  }
  assert.ok(again, 'a stream opens again after one was closed');
  again.close();
  for (const s of streams) s.close();
});
