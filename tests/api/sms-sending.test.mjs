// SMS sending end to end (issue 10, DESIGN.md §7): the real `healthpulse worker`
// binaries against a fake Twilio on loopback (fake-twilio.mjs), on a cluster of this
// file's own. Each test gives its patients their own phone numbers and counts what the
// fake received for them: a message sent twice would show as two POSTs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { BINARY, startCluster, startServer } from './server-process.mjs';
import { DEMO_PASSWORD, REPO_ROOT, sleep } from './helpers.mjs';
import { contractProblems } from './contract.mjs';
import { startFakeTwilio } from './fake-twilio.mjs';

const PSQL = '/usr/lib/postgresql/15/bin/psql';
const TIMEOUT_SECONDS = 2;  // HEALTHPULSE_TWILIO_TIMEOUT_SECONDS: a hung send is "stale" 2×2+5 s later
let cluster;
let twilio;
const workers = [];
let phoneBlock = 0;

function sql(text) {
  return execFileSync(PSQL, [cluster.url, '-v', 'ON_ERROR_STOP=1', '-qAtX', '-c', text], { encoding: 'utf8' }).trim();
}

function workerEnv(extra = {}) {
  return {
    ...process.env,
    HEALTHPULSE_DATABASE_URL: cluster.url,
    HEALTHPULSE_TWILIO_ACCOUNT_SID: twilio.accountSid,
    HEALTHPULSE_TWILIO_AUTH_TOKEN: twilio.authToken,
    HEALTHPULSE_TWILIO_FROM: '+15005550006',
    HEALTHPULSE_TWILIO_BASE_URL: twilio.url,
    HEALTHPULSE_PUBLIC_URL: 'http://127.0.0.1:9',
    HEALTHPULSE_SMS_QUIET_HOURS: 'off',
    HEALTHPULSE_WORKER_POLL_SECONDS: '1',
    HEALTHPULSE_SMS_RETRY_BASE_SECONDS: '1',
    HEALTHPULSE_TWILIO_TIMEOUT_SECONDS: String(TIMEOUT_SECONDS),
    ...extra,
  };
}

/** Starts `healthpulse worker`; resolves once it says it runs. */
async function startWorker(extra = {}) {
  const child = spawn(BINARY, ['worker'], { cwd: REPO_ROOT, env: workerEnv(extra), stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (c) => { text += c; });
  child.stderr.on('data', (c) => { text += c; });
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const deadline = Date.now() + 30000;
  while (!text.includes('worker running')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the worker did not start:\n${text}`);
    await sleep(50);
  }
  const w = {
    pid: child.pid,
    log: () => text,
    kill9() { child.kill('SIGKILL'); return exited; },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  workers.push(w);
  return w;
}

async function waitFor(what, check, ms = 60000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

/** `count` patients of the test clinic with a follow-up plan due today; returns [{id, phone}]. */
function duePatients(count, { consent = true } = {}) {
  phoneBlock += 1;
  const base = 10000000 + phoneBlock * 10000;
  const rows = sql(`
    WITH p AS (
      INSERT INTO patients (first_name, last_name, document_number, phone, sms_consent)
      SELECT 'Paciente' || g, 'Prueba', 'T' || (${base} + g), '+54911' || (${base} + g), ${consent}
      FROM generate_series(1, ${count}) g
      RETURNING id, phone
    ), pc AS (INSERT INTO patient_clinics SELECT id, 1 FROM p),
    fp AS (
      INSERT INTO follow_up_plans (patient_id, interval_days, next_due_on, created_by)
      SELECT id, 30, (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date, 2 FROM p
    )
    SELECT id || ' ' || phone FROM p ORDER BY id`);
  return rows.split('\n').map((line) => {
    const [id, phone] = line.split(' ');
    return { id: Number(id), phone };
  });
}

const messagesOf = (patientId) =>
  sql(`SELECT coalesce(string_agg(status || ':' || coalesce(provider_sid, '-'), ',' ORDER BY id), '') FROM sms_messages WHERE patient_id = ${patientId}`);

before(async () => {
  cluster = await startCluster();
  twilio = await startFakeTwilio();
  const env = { ...process.env, HEALTHPULSE_DATABASE_URL: cluster.url };
  execFileSync(BINARY, ['migrate'], { env, stdio: 'pipe' });
  execFileSync(BINARY, ['user', 'create', '--username', 'ana', '--full-name', 'Ana Admin', '--role', 'admin'],
    { env: { ...env, HEALTHPULSE_NEW_PASSWORD: DEMO_PASSWORD }, stdio: 'pipe' });
  sql(`INSERT INTO clinics (name, phone) VALUES ('Clinica Sur', '+541140000000');
       INSERT INTO users (username, password_hash, full_name, role) VALUES ('drsms', 'x', 'Dra. Sosa', 'doctor');
       INSERT INTO doctors (user_id, specialty) SELECT id, 'Clinica' FROM users WHERE username = 'drsms';`);
  assert.equal(sql("SELECT id FROM users WHERE username = 'drsms'"), '2', 'the plans name user 2 as their author');
});

after(async () => {
  for (const w of workers) await w.stop();
  if (twilio) await twilio.close();
  if (cluster) cluster.destroy();
});

// First, while no other worker runs: whichever worker claims the message is the one killed.
test('kill -9 of a worker mid-send never doubles the message: the next worker finds it in Twilio\'s list', async () => {
  const [p] = duePatients(1);
  twilio.answerFor(p.phone, ['hang']);
  const first = await startWorker();
  await waitFor('the hung POST', () => twilio.postsTo(p.phone).length === 1);
  assert.equal(messagesOf(p.id), 'sending:-', 'left mid-send');
  await first.kill9();
  const second = await startWorker();
  const accepted = twilio.messages.find((m) => m.to === p.phone);
  await waitFor('the message to be recorded as sent', () => messagesOf(p.id) === `sent:${accepted.sid}`, 60000);
  assert.equal(twilio.postsTo(p.phone).length, 1, 'not sent again');
  assert.ok(twilio.lists.some((l) => l.to === p.phone && /^\d{4}-\d{2}-\d{2}$/.test(l.dateSentFrom)),
    'the worker asked the message list for that number and day');
  const events = sql(`SELECT string_agg(e.status, ',' ORDER BY e.id) FROM sms_message_events e JOIN sms_messages m ON m.id = e.message_id WHERE m.patient_id = ${p.id}`);
  assert.equal(events, 'sending,pending,sending,sent', 'sent, left mid-send, put back, claimed, found in the list');
  const stopped = await second.stop();
  assert.deepEqual(stopped, { code: 0, signal: null }, 'SIGTERM ends the worker cleanly');
});

test('a due plan sends exactly one message, with the form Twilio expects, and the plan moves on', async () => {
  const [p] = duePatients(1);
  await startWorker();
  await waitFor('the message', () => messagesOf(p.id).startsWith('sent:SM'));
  await sleep(3000);  // three more passes of the scheduler and the sender
  const posts = twilio.postsTo(p.phone);
  assert.equal(posts.length, 1);
  assert.equal(posts[0].from, '+15005550006');
  assert.equal(posts[0].params.StatusCallback, 'http://127.0.0.1:9/api/v1/webhooks/twilio/status');
  assert.match(posts[0].body, /^Hola Paciente1: es momento de su control en Clinica Sur\. .*\+541140000000/);
  assert.equal(twilio.unauthorized(), 0);
  assert.equal(sql(`SELECT next_due_on - (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date FROM follow_up_plans WHERE patient_id = ${p.id}`), '30');
  assert.equal(sql(`SELECT count(*) FROM sms_messages WHERE patient_id = ${p.id}`), '1');
});

test('429 then success sends the message once', async () => {
  const [p] = duePatients(1);
  twilio.answerFor(p.phone, [429]);
  await waitFor('the retried message', () => messagesOf(p.id).startsWith('sent:SM'), 60000);
  assert.equal(twilio.postsTo(p.phone).length, 2, 'one refused, one accepted');
  assert.equal(twilio.messages.filter((m) => m.to === p.phone).length, 1);
  assert.equal(sql(`SELECT attempts FROM sms_messages WHERE patient_id = ${p.id}`), '2');
  const events = sql(`SELECT string_agg(e.status || '/' || coalesce(e.http_status::text, '-'), ',' ORDER BY e.id) FROM sms_message_events e JOIN sms_messages m ON m.id = e.message_id WHERE m.patient_id = ${p.id}`);
  assert.equal(events, 'sending/-,pending/429,sending/-,sent/201');
});

test('a permanent error does not retry and lists the phone; 21610 also opts the patient out', async () => {
  const [bad, stopped] = duePatients(2);
  twilio.answerFor(bad.phone, [{ code: 21211 }]);
  twilio.answerFor(stopped.phone, [{ code: 21610 }]);
  await waitFor('both failed', () => messagesOf(bad.id) === 'failed:-' && messagesOf(stopped.id) === 'failed:-');
  await sleep(3000);
  assert.equal(twilio.postsTo(bad.phone).length, 1, 'no retry');
  assert.equal(twilio.postsTo(stopped.phone).length, 1);
  assert.equal(sql(`SELECT phone || ' ' || error_code FROM sms_phone_problems WHERE patient_id = ${bad.id} AND resolved_at IS NULL`),
    `${bad.phone} 21211`);
  assert.equal(sql(`SELECT sms_consent FROM patients WHERE id = ${bad.id}`), 't', '21211 keeps consent');
  assert.equal(sql(`SELECT sms_consent FROM patients WHERE id = ${stopped.id}`), 'f', '21610 opts out');
  assert.equal(sql(`SELECT count(*) FROM audit_events WHERE action = 'patient.sms_opted_out' AND patient_id = ${stopped.id}`), '1');
});

test('a patient without SMS consent gets nothing, and the plan still moves on', async () => {
  const [p] = duePatients(1, { consent: false });
  await waitFor('the plan to move on', () =>
    sql(`SELECT next_due_on > (now() AT TIME ZONE 'America/Argentina/Buenos_Aires')::date FROM follow_up_plans WHERE patient_id = ${p.id}`) === 't');
  await sleep(2000);
  assert.equal(twilio.postsTo(p.phone).length, 0);
  assert.equal(messagesOf(p.id), '');
});

test('consent withdrawn after the alert was written: skipped at send time, nothing sent', async () => {
  phoneBlock += 1;
  const phone = `+54911${20000000 + phoneBlock}`;
  const id = sql(`WITH p AS (INSERT INTO patients (first_name, last_name, document_number, phone, sms_consent)
                   VALUES ('Luz', 'Baja', 'C${phoneBlock}', '${phone}', false) RETURNING id)
                 INSERT INTO sms_messages (patient_id, clinic_id, kind, "to", body, due_at, next_attempt_at, plan_id, plan_due_on)
                 SELECT p.id, 1, 'follow_up', '${phone}', 'Hola Luz', now(), now(),
                        (SELECT id FROM follow_up_plans LIMIT 1), current_date + 1000 FROM p RETURNING patient_id`);
  await waitFor('the skip', () => messagesOf(id) === 'skipped:-');
  assert.equal(twilio.postsTo(phone).length, 0);
});

test('two workers with hundreds of due alerts never send one twice', async () => {
  await startWorker();  // now three workers run
  const patients = duePatients(300);
  const phones = new Set(patients.map((p) => p.phone));
  await waitFor('all 300 sent', () =>
    sql(`SELECT count(*) FROM sms_messages WHERE status = 'sent' AND patient_id >= ${patients[0].id} AND patient_id <= ${patients.at(-1).id}`) === '300', 120000);
  await sleep(3000);
  const perPhone = new Map();
  for (const post of twilio.posts) if (phones.has(post.to)) perPhone.set(post.to, (perPhone.get(post.to) || 0) + 1);
  assert.equal(perPhone.size, 300, 'every patient got a message');
  const doubled = [...perPhone].filter(([, n]) => n !== 1);
  assert.deepEqual(doubled, [], 'no phone received two');
  const senders = workers.filter((w) => /sms sender: [1-9]/.test(w.log()));
  assert.ok(senders.length >= 2, 'more than one worker did the sending');
});

test('GET /sms lists a patient\'s messages to an admin (audited) and /metrics counts them by kind and status', async () => {
  const [p] = duePatients(1);
  await waitFor('the message', () => messagesOf(p.id).startsWith('sent:'));
  const server = await startServer({ HEALTHPULSE_DATABASE_URL: cluster.url, HEALTHPULSE_WORKER: 'off', HEALTHPULSE_METRICS_TOKEN: 'metrics-sms-test' });
  try {
    const call = async (method, path, { token, body } = {}) => {
      const headers = { 'content-type': 'application/json' };
      if (token) headers.authorization = `Bearer ${token}`;
      const res = await fetch(server.base + path, { method, headers, body: body ? JSON.stringify(body) : undefined });
      const text = await res.text();
      const answer = { status: res.status, headers: res.headers, json: text ? JSON.parse(text) : null, text };
      assert.deepEqual(contractProblems(method, path, answer), [], `${method} ${path} breaks the contract`);
      return answer;
    };
    const login = await call('POST', '/api/v1/auth/login', { body: { username: 'ana', password: DEMO_PASSWORD } });
    const token = login.json.token;
    const list = await call('GET', `/api/v1/sms?patient_id=${p.id}&kind=follow_up`, { token });
    assert.equal(list.status, 200, list.text);
    assert.equal(list.json.items.length, 1);
    assert.equal(list.json.items[0].status, 'sent');
    assert.equal(list.json.items[0].to, p.phone);
    assert.equal(sql(`SELECT count(*) FROM audit_events WHERE action = 'sms_messages.read' AND patient_id = ${p.id}`), '1');
    const bad = await call('GET', '/api/v1/sms?status=lost&kind=sms', { token });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.json.errors.map((e) => e.field).sort(), ['kind', 'status']);
    const metrics = await fetch(`${server.base}/metrics`, { headers: { authorization: 'Bearer metrics-sms-test' } });
    const text = await metrics.text();
    assert.match(text, /healthpulse_sms_messages\{kind="follow_up",status="sent"\} \d+/);
    assert.match(text, /healthpulse_sms_messages\{kind="follow_up",status="failed"\} 2/);
  } finally {
    await server.stop();
  }
});
