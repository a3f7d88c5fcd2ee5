// Security headers on every kind of answer: the web app's pages and assets, API answers
// (successes and problems), the Swagger UI page, health and metrics. One function in
// the server sets them (src/http/security_headers.cpp), so each kind is checked here.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  api, newUser, BASE_URL, REPO_ROOT, assertProblem, assertNoServerErrors,
} from './helpers.mjs';

after(async (t) => { await assertNoServerErrors(t); });

const METRICS_TOKEN = process.env.HEALTHPULSE_TEST_METRICS_TOKEN || '';

/** The CSP's directives as a map: name → list of sources. */
function directives(csp) {
  const out = {};
  for (const part of (csp || '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name] = sources;
  }
  return out;
}

function assertCommonHeaders(res, what) {
  const h = res.headers;
  assert.equal(h.get('referrer-policy'), 'no-referrer', `${what}: Referrer-Policy`);
  assert.equal(h.get('x-frame-options'), 'DENY', `${what}: X-Frame-Options`);
  assert.equal(h.get('x-content-type-options'), 'nosniff', `${what}: X-Content-Type-Options`);
  const permissions = h.get('permissions-policy') || '';
  for (const feature of ['camera', 'microphone', 'geolocation']) {
    assert.match(permissions, new RegExp(`(^|, )${feature}=\\(\\)`), `${what}: Permissions-Policy denies ${feature}`);
  }
  const csp = directives(h.get('content-security-policy'));
  assert.deepEqual(csp['default-src'], ["'self'"], `${what}: default-src`);
  assert.deepEqual(csp['script-src'], ["'self'"], `${what}: scripts only from this origin, none inline`);
  assert.deepEqual(csp['connect-src'], ["'self'"], `${what}: connect-src`);
  assert.deepEqual(csp['frame-ancestors'], ["'none'"], `${what}: frame-ancestors`);
  assert.deepEqual(csp['base-uri'], ["'none'"], `${what}: base-uri`);
  assert.deepEqual(csp['form-action'], ["'self'"], `${what}: form-action`);
  assert.deepEqual(csp['img-src'], ["'self'", 'data:'], `${what}: img-src`);
  return csp;
}

function assertNoStore(res, what) {
  assert.equal(res.headers.get('cache-control'), 'no-store', `${what}: Cache-Control`);
}

test('the web app page carries the app CSP; its index.html has no inline script', async () => {
  const res = await api('GET', '/');
  assert.equal(res.status, 200);
  const csp = assertCommonHeaders(res, 'GET /');
  // Mantine injects <style> elements at run time, so inline styles stay allowed.
  assert.deepEqual(csp['style-src'], ["'self'", "'unsafe-inline'"]);
  const html = fs.readFileSync(path.join(REPO_ROOT, 'web', 'dist', 'index.html'), 'utf8');
  for (const tag of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    assert.match(tag[0], /\ssrc="\/[^"]+"/, `every script is a file: ${tag[0]}`);
    assert.equal(tag[1].trim(), '', `no inline script body: ${tag[0]}`);
  }
  assert.doesNotMatch(html, /\son[a-z]+="/, 'no inline event handlers');
  // A SPA route and a hashed asset get the same headers (and keep their own caching).
  assertCommonHeaders(await api('GET', '/agenda'), 'GET /agenda');
  const js = fs.readdirSync(path.join(REPO_ROOT, 'web', 'dist', 'assets')).find((f) => f.endsWith('.js'));
  const asset = await api('GET', `/assets/${js}`);
  assertCommonHeaders(asset, 'an asset');
  assert.match(asset.headers.get('cache-control') || '', /immutable/, 'assets stay cacheable');
});

test('API answers, successes and problems alike, carry the headers and Cache-Control: no-store', async () => {
  const u = await newUser('patient');
  const me = await api('GET', '/api/v1/auth/me', { token: u.token });
  assert.equal(me.status, 200);
  assertCommonHeaders(me, 'GET /api/v1/auth/me');
  assertNoStore(me, 'GET /api/v1/auth/me');

  for (const [what, res, status] of [
    ['401', await api('GET', '/api/v1/auth/me'), 401],
    ['404', await api('GET', '/api/v1/does-not-exist', { token: u.token }), 404],
    ['422', await api('POST', '/api/v1/auth/login', { body: { username: '' } }), null],
  ]) {
    if (status) assertProblem(res, status);
    assert.match(res.headers.get('content-type') || '', /^application\/problem\+json/, what);
    assertCommonHeaders(res, what);
    assertNoStore(res, what);
  }
  const spec = await api('GET', '/api/openapi.json');
  assertCommonHeaders(spec, '/api/openapi.json');
  assertNoStore(spec, '/api/openapi.json');
});

test('a request the server refuses before routing (431) carries them too', async () => {
  const res = await fetch(`${BASE_URL}/api/v1/auth/me`, { headers: { 'x-big': 'a'.repeat(20000) } });
  assert.equal(res.status, 431);
  await res.text();
  assert.equal(res.headers.get('x-frame-options'), 'DENY');
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('/api/docs (Swagger UI) has a policy of its own that its page and assets satisfy', async () => {
  const res = await api('GET', '/api/docs');
  assert.equal(res.status, 200);
  const csp = assertCommonHeaders(res, '/api/docs');
  assertNoStore(res, '/api/docs');
  // Swagger UI's stylesheet embeds data: fonts and it sets inline styles.
  assert.ok(csp['font-src'].includes('data:'), 'font-src allows data:');
  assert.ok(csp['style-src'].includes("'unsafe-inline'"));
  for (const tag of res.text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    assert.match(tag[0], /\ssrc="\/swagger\/[^"]+\.js"/, `a served file: ${tag[0]}`);
    assert.equal(tag[1].trim(), '', `no inline script: ${tag[0]}`);
  }
  const initializer = await api('GET', '/swagger/swagger-initializer.js');
  assert.equal(initializer.status, 200);
  assertCommonHeaders(initializer, '/swagger/swagger-initializer.js');
});

test('health, readiness and metrics answers carry them with no-store', async () => {
  for (const p of ['/healthz', '/readyz']) {
    const res = await api('GET', p);
    assert.equal(res.status, 200, p);
    assertCommonHeaders(res, p);
    assertNoStore(res, p);
  }
  const metrics = await api('GET', '/metrics', { token: METRICS_TOKEN || undefined });
  assertCommonHeaders(metrics, '/metrics');
  assertNoStore(metrics, '/metrics');
});
