// Operations endpoints at the root (health, readiness, metrics), the API docs, and the
// web app's static files with SPA fallback.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  api, newUser, BASE_URL, REPO_ROOT, assertProblem, assertNoServerErrors,
} from './helpers.mjs';
import { contractProblems } from './contract.mjs';

const DIST = path.join(REPO_ROOT, 'web', 'dist');

// Answers of the spec's operations (the ops routes) are checked against it like api()'s;
// the web app's static files are outside the spec.
async function get(p, init = {}) {
  const res = await fetch(BASE_URL + p, init);
  const body = Buffer.from(await res.arrayBuffer());
  const answer = { status: res.status, headers: res.headers, body, text: body.toString('utf8') };
  const problems = contractProblems(init.method || 'GET', p, answer);
  assert.deepEqual(problems, [], `${p} breaks the API contract:\n${problems.join('\n')}`);
  return answer;
}

/** Sample value of a Prometheus series whose labels include all of `labels`. */
function samples(metricsText, name, labels = {}) {
  const out = [];
  for (const line of metricsText.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const m = line.match(/^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})?\s+(\S+)/);
    if (!m || m[1] !== name) continue;
    const ls = {};
    for (const kv of (m[3] || '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) ls[kv[1]] = kv[2];
    if (Object.entries(labels).every(([k, v]) => ls[k] === v)) out.push({ labels: ls, value: Number(m[4]) });
  }
  return out;
}

describe('health', () => {
  test('GET /healthz is 200 {status:"ok"}', async () => {
    const res = await api('GET', '/healthz');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.json.status, 'ok');
  });

  test('GET /readyz is 200 {status:"ok"} with the database up', async () => {
    const res = await api('GET', '/readyz');
    assert.equal(res.status, 200);
    assert.deepEqual(res.json, { status: 'ok' });
  });

  test('health endpoints need no token and ignore a bad one', async () => {
    const res = await api('GET', '/healthz', { token: 'not-a-token' });
    assert.equal(res.status, 200);
  });

  test('HEAD /healthz is answered like GET without a body (RFC 9110 9.3.2)', async () => {
    const res = await get('/healthz', { method: 'HEAD' });
    assert.equal(res.status, 200);
    assert.equal(res.body.length, 0);
  });
});

// scripts/test.sh gives the server under test a metrics token and the tests the same one.
const METRICS_TOKEN = process.env.HEALTHPULSE_TEST_METRICS_TOKEN || '';
const withMetricsToken = { headers: { authorization: `Bearer ${METRICS_TOKEN}` } };

describe('GET /metrics', () => {
  test('needs the configured bearer token: none, a wrong one or a user session is 401', async () => {
    assert.ok(METRICS_TOKEN, 'HEALTHPULSE_TEST_METRICS_TOKEN is set');
    const u = await newUser('admin');
    for (const [what, init] of [
      ['no token', {}],
      ['a wrong token', { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } }],
      ['a prefix of the token', { headers: { authorization: `Bearer ${METRICS_TOKEN.slice(0, -1)}` } }],
      ['an admin session', { headers: { authorization: `Bearer ${u.token}` } }],
    ]) {
      const res = await get('/metrics', init);
      assert.equal(res.status, 401, what);
      assert.match(res.headers.get('content-type'), /^application\/problem\+json/, what);
      assert.doesNotMatch(res.text, /healthpulse_http_requests_total/, `${what}: no metrics`);
    }
  });

  test('Prometheus text with request counts per route, latency buckets and the DB pool', async () => {
    // Call a route so it certainly has a count, then read the counter twice.
    const u = await newUser('patient');
    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200);
    const res = await get('/metrics', withMetricsToken);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/plain/);
    const text = res.text;
    assert.match(text, /^# TYPE healthpulse_http_requests_total counter$/m);
    const me = samples(text, 'healthpulse_http_requests_total', { route: '/api/v1/auth/me', method: 'GET', status: '200' });
    assert.equal(me.length, 1, 'a healthpulse_http_requests_total series for GET /api/v1/auth/me 200');
    assert.ok(me[0].value >= 1);
    // Routes are labelled by template, never by raw path.
    assert.ok(!/route="\/api\/v1\/users\/\d+/.test(text), 'no raw ids in route labels');

    assert.match(text, /^# TYPE healthpulse_http_request_duration_seconds histogram$/m);
    assert.match(text, /^healthpulse_http_request_duration_seconds_bucket\{[^}]*le="[^"]+"[^}]*\} \d+/m);
    assert.ok(samples(text, 'healthpulse_http_request_duration_seconds_bucket', { route: '/api/v1/auth/me', le: '+Inf' }).length >= 1);

    assert.match(text, /^healthpulse_db_pool_connections(\{[^}]*\})? \d+/m);

    // The counter grows.
    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200);
    const after = samples((await get('/metrics', withMetricsToken)).text, 'healthpulse_http_requests_total', { route: '/api/v1/auth/me', method: 'GET', status: '200' });
    assert.ok(after[0].value >= me[0].value + 1, 'the counter increased');
  });
});

describe('API docs', () => {
  test('GET /api/openapi.json is the OpenAPI 3.1 document', async () => {
    const res = await api('GET', '/api/openapi.json');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.ok(res.json, 'valid JSON');
    assert.match(res.json.openapi, /^3\.1\.\d+$/);
    assert.ok(res.json.paths['/api/v1/users'], 'paths contain /api/v1/users');
    assert.ok(res.json.paths['/api/v1/auth/login']);
    // It is the document in the repository.
    const onDisk = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'api', 'openapi.json'), 'utf8'));
    assert.deepEqual(res.json, onDisk);
  });

  test('GET /api/docs is the Swagger UI page, and its assets load', async () => {
    const res = await get('/api/docs');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.match(res.text, /swagger/i);
    const scripts = [...res.text.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
    assert.ok(scripts.length > 0, 'the page references its assets');
    for (const s of scripts) {
      const a = await get(s);
      assert.equal(a.status, 200, `${s} loads`);
      assert.doesNotMatch(a.headers.get('content-type'), /^text\/html/, `${s} is not the SPA fallback`);
    }
  });
});

describe('web app', () => {
  const indexHtml = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');

  test('GET / answers the web app\'s index.html', async () => {
    const res = await get('/');
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^text\/html/);
    assert.equal(res.text, indexHtml);
  });

  test('an unknown non-API path falls back to index.html (SPA routes)', async () => {
    for (const p of ['/users/123', '/agenda', '/pacientes/42/historia?tab=notas']) {
      const res = await get(p);
      assert.equal(res.status, 200, p);
      assert.match(res.headers.get('content-type'), /^text\/html/);
      assert.equal(res.text, indexHtml, p);
    }
  });

  test('index.html is not cached for long (new deploys show up)', async () => {
    const cc = (await get('/')).headers.get('cache-control') || '';
    assert.ok(!/immutable/.test(cc), `index.html must not be immutable: ${cc}`);
  });

  test('a hashed asset is served with its type and Cache-Control immutable', async () => {
    const assets = fs.readdirSync(path.join(DIST, 'assets')).filter((f) => fs.statSync(path.join(DIST, 'assets', f)).isFile());
    const js = assets.find((f) => f.endsWith('.js'));
    assert.ok(js, 'web/dist/assets has a .js file');
    const res = await get(`/assets/${js}`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /javascript/);
    assert.match(res.headers.get('cache-control') || '', /immutable/);
    assert.ok(res.body.equals(fs.readFileSync(path.join(DIST, 'assets', js))), 'the bytes of the file');
    const css = assets.find((f) => f.endsWith('.css'));
    if (css) {
      const c = await get(`/assets/${css}`);
      assert.equal(c.status, 200);
      assert.match(c.headers.get('content-type'), /^text\/css/);
      assert.match(c.headers.get('cache-control') || '', /immutable/);
    }
  });

  test('a missing asset is 404, not index.html', async () => {
    const res = await get('/assets/does-not-exist-123.js');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.headers.get('content-type') || '', /^text\/html/);
  });

  test('paths cannot escape the web root', async () => {
    // fetch normalises "..", so use encoded and raw forms through a raw request line.
    const net = await import('node:net');
    const url = new URL(BASE_URL);
    const raw = (target) => new Promise((resolve, reject) => {
      const sock = net.connect(Number(url.port), url.hostname, () => {
        sock.write(`GET ${target} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`);
      });
      let data = '';
      sock.setEncoding('utf8');
      sock.on('data', (c) => { data += c; });
      sock.on('end', () => resolve(data));
      sock.on('error', reject);
    });
    for (const target of ['/assets/../../../../etc/passwd', '/../../CMakeLists.txt', '/assets/..%2f..%2f..%2fCMakeLists.txt', '/..%2f..%2fapi%2fopenapi.json', '/swagger/../../CMakeLists.txt']) {
      const resp = await raw(target);
      assert.ok(!resp.includes('root:x:0:0'), `${target} leaks /etc/passwd`);
      assert.ok(!resp.includes('cmake_minimum_required'), `${target} leaks CMakeLists.txt`);
      assert.ok(!resp.includes('"operationId"'), `${target} leaks a file outside web/dist`);
      assert.ok(!/^HTTP\/1\.1 5\d\d/.test(resp), `${target} is not a 5xx`);
    }
  });

  test('API paths never fall back to index.html', async () => {
    const res = await api('GET', '/api/v1/does-not-exist');
    assertProblem(res, 404);
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
