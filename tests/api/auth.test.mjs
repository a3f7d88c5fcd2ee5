// Sign-in, sessions, lockout and own-password change (/api/v1/auth/*).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, tryLogin, login, newUser, assertProblem, assertInvalid, errorFields,
  uniquePassword, uniqueName, DEMO_PASSWORD, BASE_URL,
  assertNoServerErrors,
} from './helpers.mjs';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('POST /api/v1/auth/login', () => {
  test('success returns a token, its expiry and the user', async () => {
    const u = await newUser('secretary');
    const res = await tryLogin(u.username, u.password);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    const { token, expires_at, user } = res.json;
    assert.equal(typeof token, 'string');
    assert.ok(token.length >= 20, 'token is long enough to be unguessable');
    assert.match(expires_at, RFC3339);
    assert.ok(Date.parse(expires_at) > Date.now(), 'expires in the future');
    assert.equal(user.id, u.id);
    assert.equal(user.username, u.username);
    assert.equal(user.role, 'secretary');
    assert.equal(user.active, true);
    assert.ok(Array.isArray(user.clinic_ids));
    assert.ok(!('password' in user) && !('password_hash' in user), 'no password in the user');
    assert.ok(!res.text.includes(u.password), 'the password is not echoed');
  });

  test('the demo accounts sign in with their roles', async () => {
    const expected = { admin: 'admin', secretaria: 'secretary', medico: 'doctor', paciente: 'patient' };
    for (const [username, role] of Object.entries(expected)) {
      const body = await login(username, DEMO_PASSWORD);
      assert.equal(body.user.role, role, username);
    }
  });

  test('the username is case-insensitive', async () => {
    const u = await newUser('doctor');
    const upper = await tryLogin(u.username.toUpperCase(), u.password);
    assert.equal(upper.status, 200, upper.text);
    assert.equal(upper.json.user.id, u.id);
    const demo = await tryLogin('AdMiN', DEMO_PASSWORD);
    assert.equal(demo.status, 200);
    assert.equal(demo.json.user.username, 'admin');
  });

  test('the password is case-sensitive', async () => {
    const u = await newUser('patient');
    const res = await tryLogin(u.username, u.password.toUpperCase());
    assertProblem(res, 401);
  });

  test('unknown user and wrong password answer the same 401', async () => {
    const u = await newUser('patient');
    const wrong = await tryLogin(u.username, 'not-the-password-1');
    const unknown = await tryLogin(uniqueName('ghost'), 'not-the-password-1');
    const pw = assertProblem(wrong, 401);
    const uk = assertProblem(unknown, 401);
    assert.equal(pw.detail, uk.detail);
    assert.equal(pw.title, uk.title);
    assert.equal(pw.type, uk.type);
    assert.equal(wrong.json.token, undefined);
  });

  test('a missing field is 422 naming it', async () => {
    assertInvalid(await api('POST', '/api/v1/auth/login', { body: { username: 'admin' } }), 'password');
    assertInvalid(await api('POST', '/api/v1/auth/login', { body: { password: 'whatever123' } }), 'username');
    const both = await api('POST', '/api/v1/auth/login', { body: {} });
    assertInvalid(both, 'username', 'password');
  });

  test('a field of the wrong type is 422, not a crash', async () => {
    const res = await api('POST', '/api/v1/auth/login', { body: { username: 42, password: ['x'] } });
    assertProblem(res, 422);
    assert.ok(errorFields(res).length >= 1);
  });

  test('five consecutive failures lock the account: 429 with Retry-After, even with the right password', async () => {
    const u = await newUser('patient');
    for (let i = 1; i <= 4; i++) {
      assertProblem(await tryLogin(u.username, `wrong-password-${i}`), 401);
    }
    const fifth = await tryLogin(u.username, 'wrong-password-5');
    assertProblem(fifth, 429);
    const retry = fifth.headers.get('retry-after');
    assert.match(retry || '', /^[1-9]\d*$/, `Retry-After is a positive integer, got ${retry}`);

    const sixth = await tryLogin(u.username, 'wrong-password-6');
    assertProblem(sixth, 429);
    const right = await tryLogin(u.username, u.password);
    assertProblem(right, 429);
    assert.equal(right.json.token, undefined, 'no token while locked');
    assert.match(right.headers.get('retry-after') || '', /^[1-9]\d*$/);
    // The lock is on the account, whatever case the username is typed in.
    assertProblem(await tryLogin(u.username.toUpperCase(), u.password), 429);
    // A session opened before the lock is not affected.
    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200);
  });

  test('a success before the fifth failure resets the count', async () => {
    const u = await newUser('patient');
    for (let i = 1; i <= 4; i++) assertProblem(await tryLogin(u.username, `wrong-${i}-xxxxxx`), 401);
    assert.equal((await tryLogin(u.username, u.password)).status, 200);
    for (let i = 1; i <= 4; i++) assertProblem(await tryLogin(u.username, `wrong-again-${i}-xx`), 401);
    const ok = await tryLogin(u.username, u.password);
    assert.equal(ok.status, 200, ok.text);
  });

  test('failures against one account do not lock another', async () => {
    const a = await newUser('patient');
    const b = await newUser('patient');
    for (let i = 1; i <= 5; i++) await tryLogin(a.username, `wrong-${i}-xxxxxx`);
    assertProblem(await tryLogin(a.username, a.password), 429);
    assert.equal((await tryLogin(b.username, b.password)).status, 200);
  });
});

describe('GET /api/v1/auth/me', () => {
  test('with a token answers the signed-in user', async () => {
    const u = await newUser('doctor');
    const res = await api('GET', '/api/v1/auth/me', { token: u.token });
    assert.equal(res.status, 200);
    assert.equal(res.json.id, u.id);
    assert.equal(res.json.username, u.username);
    assert.equal(res.json.role, 'doctor');
    assert.ok(Array.isArray(res.json.clinic_ids));
    assert.ok('doctor_id' in res.json && 'patient_id' in res.json);
    assert.ok(!('password' in res.json) && !('password_hash' in res.json));
  });

  test('without a token is 401 problem+json', async () => {
    assertProblem(await api('GET', '/api/v1/auth/me'), 401);
  });

  test('a made-up or malformed token is 401', async () => {
    assertProblem(await api('GET', '/api/v1/auth/me', { token: 'definitely-not-a-real-session-token-000000' }), 401);
    assertProblem(await api('GET', '/api/v1/auth/me', { headers: { authorization: 'Bearer' } }), 401);
    assertProblem(await api('GET', '/api/v1/auth/me', { headers: { authorization: 'Basic YWRtaW46aGVhbHRocHVsc2U=' } }), 401);
  });

  test('a token in the query string is not accepted', async () => {
    const u = await newUser('patient');
    for (const name of ['token', 'access_token', 'auth', 'authorization']) {
      const res = await api('GET', `/api/v1/auth/me?${name}=${encodeURIComponent(u.token)}`);
      assertProblem(res, 401);
    }
  });

  test('the token is accepted in the Authorization header case-insensitively by scheme', async () => {
    const u = await newUser('patient');
    const res = await api('GET', '/api/v1/auth/me', { headers: { authorization: `bearer ${u.token}` } });
    assert.equal(res.status, 200, res.text);
  });
});

describe('POST /api/v1/auth/logout', () => {
  test('ends the session: the token then gets 401', async () => {
    const u = await newUser('secretary');
    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200);
    const out = await api('POST', '/api/v1/auth/logout', { token: u.token });
    assert.equal(out.status, 204);
    assert.equal(out.text, '');
    assertProblem(await api('GET', '/api/v1/auth/me', { token: u.token }), 401);
    assertProblem(await api('POST', '/api/v1/auth/logout', { token: u.token }), 401);
  });

  test('only ends that session, not the user\'s other sessions', async () => {
    const u = await newUser('secretary');
    const other = (await login(u.username, u.password)).token;
    assert.equal((await api('POST', '/api/v1/auth/logout', { token: u.token })).status, 204);
    assert.equal((await api('GET', '/api/v1/auth/me', { token: other })).status, 200);
  });

  test('without a token is 401', async () => {
    assertProblem(await api('POST', '/api/v1/auth/logout'), 401);
  });
});

describe('POST /api/v1/auth/password', () => {
  test('a wrong current password is 422 on current_password', async () => {
    const u = await newUser('patient');
    const res = await api('POST', '/api/v1/auth/password', {
      token: u.token, body: { current_password: 'not-my-password', new_password: uniquePassword() },
    });
    assertInvalid(res, 'current_password');
    // Still the old password.
    assert.equal((await tryLogin(u.username, u.password)).status, 200);
  });

  test('a short new password is 422 on new_password', async () => {
    const u = await newUser('patient');
    const res = await api('POST', '/api/v1/auth/password', {
      token: u.token, body: { current_password: u.password, new_password: 'short' },
    });
    assertInvalid(res, 'new_password');
    assert.equal((await tryLogin(u.username, u.password)).status, 200);
  });

  test('missing fields are 422 naming them', async () => {
    const u = await newUser('patient');
    const res = await api('POST', '/api/v1/auth/password', { token: u.token, body: {} });
    assertInvalid(res, 'current_password', 'new_password');
  });

  test('without a token is 401', async () => {
    assertProblem(await api('POST', '/api/v1/auth/password', {
      body: { current_password: 'whatever-123', new_password: uniquePassword() },
    }), 401);
  });

  test('success: 204, old password fails, new works; other sessions end, the current continues', async () => {
    const u = await newUser('doctor');
    const other = (await login(u.username, u.password)).token;
    const fresh = uniquePassword();
    const res = await api('POST', '/api/v1/auth/password', {
      token: u.token, body: { current_password: u.password, new_password: fresh },
    });
    assert.equal(res.status, 204, res.text);
    assert.equal(res.text, '');

    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200, 'current session continues');
    assertProblem(await api('GET', '/api/v1/auth/me', { token: other }), 401);

    assertProblem(await tryLogin(u.username, u.password), 401);
    const again = await tryLogin(u.username, fresh);
    assert.equal(again.status, 200, again.text);
    assert.equal(again.json.user.id, u.id);
  });
});

test('the base URL is reachable', async () => {
  const res = await fetch(`${BASE_URL}/healthz`);
  assert.equal(res.status, 200);
  await res.text();
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
