// HTTP protocol behaviour shared by every route: problem+json errors, content types,
// body limits, methods, keep-alive, request ids and the per-request server log.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import net from 'node:net';
import {
  api, tryLogin, login, newUser, adminToken, assertProblem, uniquePassword,
  BASE_URL, SERVER_LOG, secretsUsed, waitForLog, assertNoServerErrors,
} from './helpers.mjs';

const JSON_CT = { 'content-type': 'application/json' };

/** Sends `head` (a raw HTTP/1.1 request) on a fresh socket; resolves with the parsed response. */
function rawRequest(head) {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(url.port), url.hostname, () => sock.write(head));
    let data = '';
    const done = () => {
      const [top, ...rest] = data.split('\r\n\r\n');
      const lines = top.split('\r\n');
      const status = Number((lines[0] || '').split(' ')[1]);
      const headers = {};
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
      }
      resolve({ status, headers, body: rest.join('\r\n\r\n'), raw: data });
    };
    sock.setEncoding('utf8');
    sock.setTimeout(5000, () => { sock.destroy(); reject(new Error(`no complete response: ${data.slice(0, 200)}`)); });
    sock.on('data', (c) => {
      data += c;
      const sep = data.indexOf('\r\n\r\n');
      const m = data.match(/\r\ncontent-length:\s*(\d+)/i);
      if (sep >= 0 && m && Buffer.byteLength(data.slice(sep + 4)) >= Number(m[1])) {
        sock.destroy();
        done();
      }
    });
    sock.on('end', done);
    sock.on('error', reject);
  });
}

describe('problem+json errors', () => {
  test('malformed JSON is 400 problem+json', async () => {
    for (const raw of ['{bad', '{"username":"admin",', '{"username":"admin","password":"x"} trailing', '', 'null']) {
      const res = await api('POST', '/api/v1/auth/login', { rawBody: raw, headers: JSON_CT });
      assertProblem(res, 400);
    }
  });

  test('JSON that is not an object is 400', async () => {
    for (const raw of ['[]', '"text"', '42', 'true']) {
      assertProblem(await api('POST', '/api/v1/auth/login', { rawBody: raw, headers: JSON_CT }), 400);
    }
  });

  test('invalid UTF-8 inside the JSON is 400', async () => {
    const bytes = Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xff, 0xfe]), Buffer.from('","password":"abcdefghijk"}')]);
    assertProblem(await api('POST', '/api/v1/auth/login', { rawBody: bytes, headers: JSON_CT }), 400);
  });

  test('a body as text/plain (or with no content type) is 415', async () => {
    const body = JSON.stringify({ username: 'admin', password: 'healthpulse' });
    assertProblem(await api('POST', '/api/v1/auth/login', { rawBody: body, headers: { 'content-type': 'text/plain' } }), 415);
    assertProblem(await api('POST', '/api/v1/auth/login', { rawBody: body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 415);
    // A Buffer body makes fetch send no Content-Type at all.
    assertProblem(await api('POST', '/api/v1/auth/login', { rawBody: Buffer.from(body) }), 415);
    const admin = await adminToken();
    assertProblem(await api('POST', '/api/v1/users', { token: admin, rawBody: '{}', headers: { 'content-type': 'text/plain' } }), 415);
  });

  test('application/json with a charset parameter is accepted', async () => {
    const u = await newUser('patient');
    const res = await api('POST', '/api/v1/auth/login', {
      rawBody: JSON.stringify({ username: u.username, password: u.password }),
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    assert.equal(res.status, 200, res.text);
  });

  test('an unknown API route is 404 problem+json', async () => {
    assertProblem(await api('GET', '/api/v1/nope'), 404);
    assertProblem(await api('POST', '/api/v1/nope', { body: {} }), 404);
    assertProblem(await api('GET', '/api/v2/users'), 404);
    assertProblem(await api('GET', '/api/v1/users/1/nope'), 404);
  });

  test('a wrong method is 405 problem+json', async () => {
    const admin = await adminToken();
    assertProblem(await api('DELETE', '/api/v1/users', { token: admin }), 405);
    assertProblem(await api('DELETE', '/api/v1/users'), 405);
    assertProblem(await api('GET', '/api/v1/auth/login'), 405);
    assertProblem(await api('PUT', '/api/v1/users/1', { token: admin, body: {} }), 405);
    assertProblem(await api('POST', '/api/v1/audit-events', { token: admin, body: {} }), 405);
  });

  test('a 405 says which methods the path accepts (Allow header, RFC 9110 15.5.6)', async () => {
    const admin = await adminToken();
    const res = await api('DELETE', '/api/v1/users', { token: admin });
    assert.equal(res.status, 405);
    const allow = (res.headers.get('allow') || '').toUpperCase();
    assert.ok(allow.includes('GET') && allow.includes('POST'), `Allow lists GET and POST, got "${allow}"`);
    const login405 = await api('GET', '/api/v1/auth/login');
    assert.equal(login405.status, 405);
    assert.match((login405.headers.get('allow') || '').toUpperCase(), /POST/);
  });

  test('a body over 1 MiB is 413 problem+json (refused from Content-Length alone)', async () => {
    // Only the head is sent: the server must refuse on the declared length, without the body.
    const res = await rawRequest(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n'
      + `Content-Length: ${1024 * 1024 + 1}\r\n\r\n`,
    );
    assert.equal(res.status, 413, res.raw.slice(0, 300));
    assert.match(res.headers['content-type'] || '', /^application\/problem\+json/);
    const body = JSON.parse(res.body);
    for (const f of ['type', 'title', 'detail']) assert.equal(typeof body[f], 'string');
    assert.equal(body.status, 413);
  });

  test('a chunked body that grows over 1 MiB is 413', async () => {
    const res = await new Promise((resolve, reject) => {
      const url = new URL(BASE_URL);
      const req = http.request({ host: url.hostname, port: url.port, method: 'POST', path: '/api/v1/auth/login', headers: JSON_CT }, (r) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (c) => { text += c; });
        r.on('end', () => resolve({ status: r.statusCode, text, ct: r.headers['content-type'] }));
      });
      req.on('error', reject);
      for (let i = 0; i < 12; i++) req.write('x'.repeat(100 * 1024));
      req.end();
    });
    assert.equal(res.status, 413, res.text);
    assert.match(res.ct, /^application\/problem\+json/);
  });

  test('a body just under 1 MiB is processed', async () => {
    const under = JSON.stringify({ username: 'x'.repeat(1024 * 1024 - 200), password: 'abcdefghijk' });
    assert.ok(Buffer.byteLength(under) < 1024 * 1024);
    const ok = await api('POST', '/api/v1/auth/login', { rawBody: under, headers: JSON_CT });
    assert.notEqual(ok.status, 413, 'a body under 1 MiB is not rejected for its size');
    assert.ok(ok.status < 500, ok.text);
  });

  test('a client that uploads an oversized body receives the 413 (not a broken connection)', async () => {
    // What a browser or fetch() does: send the whole body. The server must let the client
    // read the 413 (RFC 9112 9.6: lingering close), not reset the connection mid-upload.
    const big = JSON.stringify({ username: 'x'.repeat(16 * 1024 * 1024), password: 'abcdefghijk' });
    const outcomes = [];
    for (let i = 0; i < 5; i++) {
      try {
        const res = await api('POST', '/api/v1/auth/login', { rawBody: big, headers: JSON_CT });
        outcomes.push(String(res.status));
      } catch (e) {
        outcomes.push(`network error ${e.cause?.code || e.message}`);
      }
    }
    assert.deepEqual(outcomes, ['413', '413', '413', '413', '413']);
  });

  test('a deeply nested body is refused cleanly and the server stays up', async () => {
    const deep = '['.repeat(400000) + ']'.repeat(400000);
    const res = await api('POST', '/api/v1/auth/login', { rawBody: deep, headers: JSON_CT });
    assert.ok([400, 413, 422].includes(res.status), `got ${res.status}`);
    assert.equal((await api('GET', '/healthz')).status, 200);
  });

  test('a request target that is not valid percent-encoding is 400', async () => {
    const admin = await adminToken();
    assertProblem(await api('GET', '/api/v1/users?q=%ZZ', { token: admin }), 400);
  });

  test('every problem response has type, title, status, detail and application/problem+json', async () => {
    const admin = await adminToken();
    const patient = (await newUser('patient')).token;
    const cases = [
      [400, () => api('POST', '/api/v1/auth/login', { rawBody: '{', headers: JSON_CT })],
      [401, () => api('GET', '/api/v1/auth/me')],
      [401, () => tryLogin('admin-does-not-exist-xyz', 'whatever-123')],
      [403, () => api('GET', '/api/v1/users', { token: patient })],
      [404, () => api('GET', '/api/v1/users/987654321', { token: admin })],
      [404, () => api('GET', '/api/v1/nope')],
      [405, () => api('DELETE', '/api/v1/users', { token: admin })],
      [409, () => api('POST', '/api/v1/users', { token: admin, body: { username: 'admin', password: uniquePassword(), full_name: 'Dup', role: 'admin' } })],
      [415, () => api('POST', '/api/v1/auth/login', { rawBody: '{}', headers: { 'content-type': 'text/plain' } })],
      [422, () => api('POST', '/api/v1/auth/login', { body: {} })],
      [422, () => api('GET', '/api/v1/users?limit=0', { token: admin })],
    ];
    for (const [status, call] of cases) {
      const res = await call();
      assertProblem(res, status);
      if (status === 422) {
        assert.ok(Array.isArray(res.json.errors) && res.json.errors.length > 0, 'validation problems list errors[]');
      }
    }
  });
});

describe('connections and request ids', () => {
  test('every response carries an X-Request-Id, unique per request', async () => {
    const ids = new Set();
    for (const path of ['/healthz', '/api/v1/auth/me', '/api/v1/nope', '/healthz']) {
      const res = await api('GET', path);
      const id = res.headers.get('x-request-id');
      assert.ok(id && id.length >= 8, `X-Request-Id on ${path}`);
      ids.add(id);
    }
    assert.equal(ids.size, 4);
  });

  test('keep-alive: several requests, including errors, are served on one connection', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const url = new URL(BASE_URL);
    const sockets = new Set();
    const reused = [];
    const one = (method, path, body) => new Promise((resolve, reject) => {
      const req = http.request({
        host: url.hostname, port: url.port, method, path, agent,
        headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {},
      }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c) => { text += c; });
        res.on('end', () => resolve({ status: res.statusCode, text, headers: res.headers }));
      });
      req.on('socket', (s) => sockets.add(s));
      req.on('error', reject);
      req.on('finish', () => reused.push(req.reusedSocket));
      if (body) req.write(body);
      req.end();
    });
    try {
      const statuses = [];
      statuses.push((await one('GET', '/healthz')).status);
      statuses.push((await one('GET', '/api/v1/auth/me')).status);
      statuses.push((await one('GET', '/api/v1/nope')).status);
      statuses.push((await one('POST', '/api/v1/auth/login', '{"username":"nobody-here-x","password":"whatever-123"}')).status);
      statuses.push((await one('POST', '/api/v1/auth/login', '{bad')).status);
      statuses.push((await one('GET', '/readyz')).status);
      assert.deepEqual(statuses, [200, 401, 404, 401, 400, 200]);
      assert.equal(sockets.size, 1, `one socket served all requests, got ${sockets.size}`);
      assert.deepEqual(reused, [false, true, true, true, true, true]);
    } finally {
      agent.destroy();
    }
  });

  test('fetch: many sequential requests succeed', async () => {
    const u = await newUser('doctor');
    for (let i = 0; i < 20; i++) {
      const res = await api('GET', '/api/v1/auth/me', { token: u.token });
      assert.equal(res.status, 200);
    }
  });

  test('concurrent requests are all answered', async () => {
    const u = await newUser('doctor');
    const results = await Promise.all(Array.from({ length: 16 }, () => api('GET', '/api/v1/auth/me', { token: u.token })));
    assert.ok(results.every((r) => r.status === 200 && r.json.id === u.id));
  });
});

describe('server log', () => {
  test('one JSON line per request with request_id, route, status, duration_ms; no password or token', async (t) => {
    if (!SERVER_LOG) {
      assert.fail('HEALTHPULSE_TEST_SERVER_LOG must name the server log (scripts/test.sh sets it)');
      return;
    }
    // Requests carrying secrets in every place a careless log might pick them up.
    const u = await newUser('secretary');
    const fresh = uniquePassword();
    const calls = [];
    calls.push(await api('GET', '/api/v1/auth/me', { token: u.token }));
    calls.push(await api('GET', `/api/v1/users/${u.id}`, { token: u.token }));
    calls.push(await api('GET', `/api/v1/auth/me?token=${encodeURIComponent(u.token)}`));
    calls.push(await api('GET', `/api/v1/nope?password=${encodeURIComponent(u.password)}`));
    calls.push(await tryLogin(u.username, `${u.password}-wrong`));
    calls.push(await api('POST', '/api/v1/auth/password', { token: u.token, body: { current_password: u.password, new_password: fresh } }));
    secretsUsed.add(fresh);
    secretsUsed.add(`${u.password}-wrong`);
    const second = await login(u.username, fresh);
    calls.push(await api('POST', '/api/v1/auth/logout', { token: second.token }));

    const ids = calls.map((c) => c.headers.get('x-request-id'));
    const log = await waitForLog(ids);
    const byId = new Map(log.lines.map((l) => [l.request_id, l]));
    const expectedRoutes = ['/api/v1/auth/me', '/api/v1/users/{id}', '/api/v1/auth/me', null, '/api/v1/auth/login', '/api/v1/auth/password', '/api/v1/auth/logout'];
    calls.forEach((c, i) => {
      const line = byId.get(ids[i]);
      assert.ok(line, `a log line for request ${ids[i]}`);
      assert.equal(line.status, c.status);
      assert.equal(typeof line.route, 'string');
      if (expectedRoutes[i]) assert.equal(line.route, expectedRoutes[i], 'the route is the template, not the raw path');
      assert.equal(typeof line.duration_ms, 'number');
      assert.ok(line.duration_ms >= 0);
    });
    // Exactly one line per request id.
    for (const id of ids) assert.equal(log.lines.filter((l) => l.request_id === id).length, 1);

    for (const secret of [u.password, fresh, u.token, second.token, ...secretsUsed]) {
      assert.ok(!log.text.includes(secret), 'a password or token reached the server log');
      assert.ok(!log.text.includes(encodeURIComponent(secret)), 'an encoded password or token reached the server log');
    }
  });

  test('requests refused before routing (413) are logged too', async (t) => {
    if (!SERVER_LOG) {
      assert.fail('HEALTHPULSE_TEST_SERVER_LOG must name the server log (scripts/test.sh sets it)');
      return;
    }
    const res = await rawRequest(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n'
      + `Content-Length: ${2 * 1024 * 1024}\r\n\r\n`,
    );
    assert.equal(res.status, 413);
    const id = res.headers['x-request-id'];
    assert.ok(id, 'X-Request-Id on the 413');
    const log = await waitForLog([id], 2000);
    const line = log.lines.find((l) => l.request_id === id);
    assert.ok(line, `a log line for the 413 (request ${id})`);
    assert.equal(line.status, 413);
  });

  test('no request in this file made the server answer 500', async (t) => {
    await assertNoServerErrors(t);
  });
});
