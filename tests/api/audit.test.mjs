// The audit log (/api/v1/audit-events): admin-only, newest first, no secrets.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, tryLogin, login, newUser, demoToken, assertProblem, assertInvalid,
  uniquePassword, secretsUsed,
  assertNoServerErrors,
} from './helpers.mjs';

const EVENT_FIELDS = ['id', 'occurred_at', 'actor_user_id', 'actor_username', 'action', 'object_type', 'object_id', 'patient_id', 'emergency', 'details',
  'actor_name', 'actor_role', 'patient_name', 'object_name'];

let admin;
let adminId;
let subject; // {id, username, password, ...}: the user whose life the audit log must tell
let passwords; // every password subject ever had
let startIso; // a moment before anything in this file happened (whole seconds, UTC)

async function audit(query = {}, token = admin) {
  const qs = new URLSearchParams(query);
  return api('GET', `/api/v1/audit-events?${qs}`, { token });
}

/** All events matching a query, walking the pages; checks the page shape on the way. */
async function allEvents(query = {}, limit = 200) {
  const out = [];
  let cursor = null;
  let pages = 0;
  do {
    const q = { ...query, limit: String(limit) };
    if (cursor) q.cursor = cursor;
    const res = await audit(q);
    assert.equal(res.status, 200, res.text);
    assert.ok(Array.isArray(res.json.items));
    assert.ok('next_cursor' in res.json);
    assert.ok(res.json.items.length <= limit);
    out.push(...res.json.items);
    cursor = res.json.next_cursor;
    pages += 1;
    assert.ok(pages < 5000, 'pagination ends');
  } while (cursor);
  return out;
}

function find(events, action, pred = () => true) {
  return events.find((e) => e.action === action && pred(e));
}

before(async () => {
  startIso = new Date(Math.floor(Date.now() / 1000) * 1000 - 2000).toISOString().replace('.000Z', 'Z');
  const signIn = await login('admin', 'healthpulse');
  admin = signIn.token;
  adminId = signIn.user.id;

  // Walk a user through everything the audit log must record.
  subject = await newUser('patient', { email: 'audit@example.org' }); // user.created + auth.login
  passwords = [subject.password];
  assertProblem(await tryLogin(subject.username, 'wrong-password-for-audit'), 401); // auth.login_failed
  const patch = await api('PATCH', `/api/v1/users/${subject.id}`, { token: admin, body: { full_name: 'Audited Person', email: null } });
  assert.equal(patch.status, 200, patch.text); // user.updated
  const next = uniquePassword();
  const pw = await api('POST', '/api/v1/auth/password', { token: subject.token, body: { current_password: subject.password, new_password: next } });
  assert.equal(pw.status, 204, pw.text); // auth.password_changed
  passwords.push(next);
  const reset = uniquePassword();
  const adminReset = await api('PATCH', `/api/v1/users/${subject.id}`, { token: admin, body: { password: reset } });
  assert.equal(adminReset.status, 200); // user.updated (password)
  passwords.push(reset);
  const again = await login(subject.username, reset); // auth.login
  assert.equal((await api('POST', '/api/v1/auth/logout', { token: again.token })).status, 204); // auth.logout
  assert.equal((await api('POST', `/api/v1/users/${subject.id}/deactivate`, { token: admin })).status, 200); // user.deactivated
});

describe('GET /api/v1/audit-events', () => {
  test('events have the documented shape', async () => {
    const res = await audit({ limit: '20' });
    assert.equal(res.status, 200, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.ok(res.json.items.length > 0);
    for (const e of res.json.items) {
      for (const f of EVENT_FIELDS) assert.ok(f in e, `field ${f} present in ${JSON.stringify(e)}`);
      assert.ok(Number.isInteger(e.id));
      assert.ok(!Number.isNaN(Date.parse(e.occurred_at)));
      assert.equal(typeof e.action, 'string');
      assert.equal(typeof e.emergency, 'boolean');
      assert.equal(typeof e.details, 'object');
      assert.ok(e.details !== null && !Array.isArray(e.details));
    }
  });

  test('records the life of a user with actor and object ids', async () => {
    const events = await allEvents({ from: startIso });
    const mine = (e) => e.object_id === subject.id;

    const created = find(events, 'user.created', mine);
    assert.ok(created, 'user.created');
    assert.equal(created.actor_user_id, adminId);
    assert.equal(created.actor_username, 'admin');
    assert.equal(created.object_type, 'user');

    const loggedIn = find(events, 'auth.login', mine);
    assert.ok(loggedIn, 'auth.login');
    assert.equal(loggedIn.actor_user_id, subject.id);

    const failed = find(events, 'auth.login_failed', mine);
    assert.ok(failed, 'auth.login_failed');
    assert.equal(failed.object_type, 'user');

    const updated = events.filter((e) => e.action === 'user.updated' && mine(e));
    assert.ok(updated.length >= 2, 'user.updated for the profile change and the password reset');
    assert.ok(updated.every((e) => e.actor_user_id === adminId));

    const changed = find(events, 'auth.password_changed', mine);
    assert.ok(changed, 'auth.password_changed');
    assert.equal(changed.actor_user_id, subject.id);

    const out = find(events, 'auth.logout', mine);
    assert.ok(out, 'auth.logout');
    assert.equal(out.actor_user_id, subject.id);

    const deact = find(events, 'user.deactivated', mine);
    assert.ok(deact, 'user.deactivated');
    assert.equal(deact.actor_user_id, adminId);

    // Newest first: the deactivation came after the creation.
    assert.ok(deact.id > created.id);
    assert.ok(events.indexOf(deact) < events.indexOf(created));
  });

  test('each event names its actor (with role), its patient and its user or clinic, as they are now', async () => {
    const events = await allEvents({ from: startIso });
    const created = find(events, 'user.created', (e) => e.object_id === subject.id);
    assert.equal(created.actor_role, 'admin');
    assert.equal(typeof created.actor_name, 'string');
    assert.ok(created.actor_name.length > 0);
    assert.equal(created.object_name, 'Audited Person', 'the user as renamed since');
    assert.equal(created.patient_name, null);

    // A secretary opens a patient's file: the event names both of them.
    const secretary = await login('secretaria', 'healthpulse');
    const list = await api('GET', '/api/v1/patients?limit=1', { token: secretary.token });
    assert.equal(list.status, 200, list.text);
    const patient = list.json.items[0];
    assert.equal((await api('GET', `/api/v1/patients/${patient.id}`, { token: secretary.token })).status, 200);
    const [viewed] = (await audit({ action: 'patient.viewed', patient_id: String(patient.id), limit: '1' })).json.items;
    assert.equal(viewed.actor_user_id, secretary.user.id);
    assert.equal(viewed.actor_name, secretary.user.full_name);
    assert.equal(viewed.actor_role, 'secretary');
    assert.equal(viewed.patient_name, `${patient.first_name} ${patient.last_name}`);
  });

  test('user_id filters by actor', async () => {
    const events = await allEvents({ user_id: String(subject.id) });
    assert.ok(events.length >= 4, `subject acted at least 4 times, got ${events.length}`);
    assert.ok(events.every((e) => e.actor_user_id === subject.id));
    const actions = new Set(events.map((e) => e.action));
    for (const a of ['auth.login', 'auth.password_changed', 'auth.logout']) assert.ok(actions.has(a), a);
    assert.ok(!actions.has('user.created'), 'the admin created the user, not the user');
  });

  test('action filters by exact action', async () => {
    const events = await allEvents({ action: 'user.deactivated', from: startIso });
    assert.ok(events.length >= 1);
    assert.ok(events.every((e) => e.action === 'user.deactivated'));
    assert.ok(events.some((e) => e.object_id === subject.id));
    const none = await audit({ action: 'no.such.action' });
    assert.equal(none.status, 200);
    assert.deepEqual(none.json.items, []);
    assert.equal(none.json.next_cursor, null);
  });

  test('from is inclusive, to is exclusive, both RFC 3339 with offset', async () => {
    const byUser = await allEvents({ user_id: String(subject.id) });
    const future = await audit({ user_id: String(subject.id), from: '2999-01-01T00:00:00Z' });
    assert.equal(future.status, 200);
    assert.deepEqual(future.json.items, []);

    const beforeStart = await audit({ user_id: String(subject.id), to: startIso });
    assert.equal(beforeStart.status, 200);
    assert.deepEqual(beforeStart.json.items, [], 'nothing the subject did happened before the file started');

    const window = await allEvents({ user_id: String(subject.id), from: startIso, to: '2999-01-01T00:00:00+00:00' });
    assert.deepEqual(window.map((e) => e.id), byUser.map((e) => e.id));

    // The same instant in another offset selects the same events.
    const startMs = Date.parse(startIso);
    const minus3 = new Date(startMs - 3 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, '-03:00');
    const shifted = await allEvents({ user_id: String(subject.id), from: minus3 });
    assert.deepEqual(shifted.map((e) => e.id), byUser.map((e) => e.id));

    // Inclusive lower bound: from = an event's own timestamp includes it; to = it excludes it.
    const oldest = byUser[byUser.length - 1];
    const incl = await allEvents({ user_id: String(subject.id), from: oldest.occurred_at });
    assert.ok(incl.some((e) => e.id === oldest.id), 'from is inclusive');
    const excl = await allEvents({ user_id: String(subject.id), to: oldest.occurred_at });
    assert.ok(!excl.some((e) => e.id === oldest.id), 'to is exclusive');
  });

  test('a bad timestamp or id is 422 naming the parameter', async () => {
    assertInvalid(await audit({ from: 'yesterday' }), 'from');
    assertInvalid(await audit({ from: '2024-01-01' }), 'from');
    assertInvalid(await audit({ from: '2024-01-01T10:00:00' }), 'from'); // no offset
    assertInvalid(await audit({ to: 'not-a-time' }), 'to');
    assertInvalid(await audit({ user_id: 'abc' }), 'user_id');
    assertInvalid(await audit({ limit: '0' }), 'limit');
    assertInvalid(await audit({ limit: '201' }), 'limit');
    assertInvalid(await audit({ cursor: 'garbage' }), 'cursor');
  });

  test('pagination walks newest first without gaps or repeats', async () => {
    const all = await allEvents({ user_id: String(subject.id) }, 200);
    const paged = await allEvents({ user_id: String(subject.id) }, 2);
    assert.deepEqual(paged.map((e) => e.id), all.map((e) => e.id));
    for (let i = 1; i < paged.length; i++) {
      assert.ok(paged[i - 1].id > paged[i].id, 'ids decrease');
      assert.ok(Date.parse(paged[i - 1].occurred_at) >= Date.parse(paged[i].occurred_at), 'times do not increase');
    }
    const first = await audit({ limit: '3' });
    assert.equal(first.json.items.length, 3);
    assert.equal(typeof first.json.next_cursor, 'string');
  });

  test('no secrets: no password or token ever reaches the audit details', async () => {
    const events = await allEvents({ from: startIso });
    const text = JSON.stringify(events);
    for (const p of passwords) assert.ok(!text.includes(p), 'a password of the subject is in the audit log');
    for (const s of secretsUsed) assert.ok(!text.includes(s), 'a secret used in this file is in the audit log');
    assert.ok(!/\$argon2/i.test(text), 'no password hash in the audit log');
    for (const e of events) {
      const keys = JSON.stringify(Object.keys(e.details)).toLowerCase();
      assert.ok(!keys.includes('"password"') && !keys.includes('"token"'), `details keys ${keys}`);
    }
  });

  test('non-admins get 403; no token gets 401', async () => {
    for (const who of ['secretaria', 'medico', 'paciente']) {
      const token = await demoToken(who);
      assertProblem(await audit({}, token), 403);
      assertProblem(await audit({ user_id: String(subject.id) }, token), 403);
    }
    const doc = await newUser('doctor');
    assertProblem(await audit({}, doc.token), 403);
    assertProblem(await api('GET', '/api/v1/audit-events'), 401);
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
