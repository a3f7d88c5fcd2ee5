// A database that hangs (every PostgreSQL process stopped with SIGSTOP: connections stay
// open, nothing answers) must not hang the API: /healthz still answers at once, /readyz
// says 503 within its own short timeout, signed-in requests get a 503 problem with
// Retry-After in bounded time, and everything recovers when the database does.
// Runs its own cluster and server, so the shared ones stay healthy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { BINARY, startCluster, startServer } from './server-process.mjs';
import { DEMO_PASSWORD, sleep } from './helpers.mjs';

const STATEMENT_TIMEOUT_MS = 1000;
const POOL_WAIT_MS = 1500;
let cluster;
let server;
let token;

async function timed(base, p, init = {}) {
  const started = Date.now();
  const res = await fetch(base + p, { ...init, signal: AbortSignal.timeout(30000) });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, headers: res.headers, json, text, ms: Date.now() - started };
}

before(async () => {
  cluster = await startCluster();
  const env = { ...process.env, HEALTHPULSE_DATABASE_URL: cluster.url };
  execFileSync(BINARY, ['migrate'], { env, stdio: 'pipe' });
  execFileSync(BINARY, ['user', 'create', '--username', 'ana', '--full-name', 'Ana Admin', '--role', 'admin'],
    { env: { ...env, HEALTHPULSE_NEW_PASSWORD: DEMO_PASSWORD }, stdio: 'pipe' });
  server = await startServer({
    HEALTHPULSE_DATABASE_URL: cluster.url,
    HEALTHPULSE_DB_POOL_SIZE: '2',
    HEALTHPULSE_DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    HEALTHPULSE_DB_POOL_WAIT_MS: String(POOL_WAIT_MS),
  });
  const login = await timed(server.base, '/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'ana', password: DEMO_PASSWORD }),
  });
  assert.equal(login.status, 200, login.text);
  token = login.json.token;
});

after(async () => {
  // Whatever happened, the cluster runs again (SIGCONT) before it is stopped and removed.
  if (cluster) cluster.continueAll();
  if (server) await server.stop();
  if (cluster) cluster.destroy();
});

test('with PostgreSQL stopped the server answers quickly, and recovers when it continues', async () => {
  const auth = { headers: { authorization: `Bearer ${token}` } };
  assert.equal((await timed(server.base, '/api/v1/clinics', auth)).status, 200, 'healthy first');
  assert.equal((await timed(server.base, '/readyz')).status, 200);

  cluster.stopAll();
  try {
    const healthz = await timed(server.base, '/healthz');
    assert.equal(healthz.status, 200);
    assert.ok(healthz.ms < 1000, `/healthz took ${healthz.ms} ms`);

    const readyz = await timed(server.base, '/readyz');
    assert.equal(readyz.status, 503);
    assert.match(readyz.headers.get('content-type'), /^application\/problem\+json/);
    assert.ok(readyz.ms < 3000, `/readyz took ${readyz.ms} ms`);

    // More requests than workers: those a worker takes wait for the database at most
    // its statement timeout plus the client-side grace (2 s); the rest wait for a worker
    // at most the pool wait. Either way a 503 problem with Retry-After, never a hang.
    const bound = STATEMENT_TIMEOUT_MS + 2000 + POOL_WAIT_MS + 1500;
    const answers = await Promise.all(Array.from({ length: 6 }, () => timed(server.base, '/api/v1/clinics', auth)));
    for (const a of answers) {
      assert.equal(a.status, 503, a.text);
      assert.match(a.headers.get('content-type'), /^application\/problem\+json/);
      assert.equal(a.json.status, 503);
      assert.ok(Number(a.headers.get('retry-after')) >= 1, 'Retry-After');
      assert.ok(a.ms < bound, `a signed-in request took ${a.ms} ms (bound ${bound})`);
    }
    console.log(`stopped database: /healthz ${healthz.ms} ms, /readyz ${readyz.ms} ms, `
      + `requests ${answers.map((a) => a.ms).join(', ')} ms`);

    // Liveness stays instant while the workers are stuck.
    const again = await timed(server.base, '/healthz');
    assert.equal(again.status, 200);
    assert.ok(again.ms < 1000, `/healthz took ${again.ms} ms with the workers busy`);
  } finally {
    cluster.continueAll();
  }

  // Recovery: ready again, and requests succeed (broken connections are reopened).
  let ready = null;
  for (let i = 0; i < 100 && ready?.status !== 200; i += 1) {
    ready = await timed(server.base, '/readyz');
    if (ready.status !== 200) await sleep(100);
  }
  assert.equal(ready.status, 200, 'ready again after SIGCONT');
  let ok = null;
  for (let i = 0; i < 20 && ok?.status !== 200; i += 1) {
    ok = await timed(server.base, '/api/v1/clinics', auth);
    if (ok.status !== 200) await sleep(100);
  }
  assert.equal(ok.status, 200, `requests succeed again: ${ok.text}`);
  assert.doesNotMatch(server.log(), /"status":500/, 'no 500 at any point');
});

test('without HEALTHPULSE_METRICS_TOKEN, /metrics does not exist', async () => {
  const res = await timed(server.base, '/metrics');
  assert.equal(res.status, 404);
  assert.doesNotMatch(res.text, /healthpulse_http_requests_total/);
});
