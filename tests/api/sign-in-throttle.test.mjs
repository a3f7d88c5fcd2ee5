// Sign-in throttling over HTTP: failures lock a username at the client's address, not the
// account everywhere, and an unknown username is answered exactly like a real one. The
// loopback range gives the test several client addresses (127.0.0.x).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { BASE_URL, newUser, uniqueName, secretsUsed } from './helpers.mjs';

/** POST /auth/login from the local address `from`. */
function loginFrom(from, username, password) {
  secretsUsed.add(password);
  const url = new URL(BASE_URL);
  const body = JSON.stringify({ username, password });
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: url.hostname, port: url.port, method: 'POST', path: '/api/v1/auth/login', localAddress: from,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { text += c; });
      res.on('end', () => {
        const json = text ? JSON.parse(text) : null;
        if (json?.token) secretsUsed.add(json.token);
        resolve({ status: res.statusCode, headers: res.headers, json });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('sign-in throttling', () => {
  test('five failures lock the username at that address only: its owner elsewhere signs in', async () => {
    const u = await newUser('admin');
    for (let i = 1; i <= 4; i++) assert.equal((await loginFrom('127.0.0.2', u.username, `wrong-${i}-password`)).status, 401);
    const fifth = await loginFrom('127.0.0.2', u.username, 'wrong-5-password');
    assert.equal(fifth.status, 429);
    assert.match(fifth.headers['retry-after'] ?? '', /^[1-9]\d*$/);
    assert.equal((await loginFrom('127.0.0.2', u.username, u.password)).status, 429, 'locked there, even with the password');
    const owner = await loginFrom('127.0.0.3', u.username, u.password);
    assert.equal(owner.status, 200, 'an admin is not locked out by someone guessing elsewhere');
  });

  test('an unknown username gets the same answers as a real one: 401 four times, then 429', async () => {
    const ghost = uniqueName('nadie');
    const real = await newUser('patient');
    const answers = async (name) => {
      const out = [];
      for (let i = 1; i <= 6; i++) {
        const res = await loginFrom('127.0.0.4', name, `wrong-${i}-password`);
        out.push([res.status, res.json?.title, res.json?.detail, res.headers['retry-after'] ? 'retry' : '']);
      }
      return out;
    };
    const ghostAnswers = await answers(ghost);
    assert.deepEqual(ghostAnswers.map((a) => a[0]), [401, 401, 401, 401, 429, 429]);
    assert.deepEqual(await answers(real.username), ghostAnswers);
  });
});
