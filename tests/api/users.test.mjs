// User administration (/api/v1/users*): admin only.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, tryLogin, login, newUser, adminToken, demoToken, assertProblem, assertInvalid,
  uniqueName, uniquePassword,
  assertNoServerErrors,
} from './helpers.mjs';

const USER_FIELDS = ['id', 'username', 'full_name', 'email', 'phone', 'role', 'active', 'clinic_ids', 'doctor_id', 'patient_id', 'created_at'];

function assertNoSecrets(res, ...passwords) {
  const check = (u) => {
    assert.ok(!('password' in u), 'no password field');
    assert.ok(!('password_hash' in u), 'no password_hash field');
    assert.ok(!('hash' in u), 'no hash field');
  };
  if (Array.isArray(res.json?.items)) res.json.items.forEach(check);
  else check(res.json);
  assert.ok(!/\$argon2/i.test(res.text), 'no Argon2 hash in the body');
  for (const p of passwords) assert.ok(!res.text.includes(p), 'the password is not echoed');
}

let admin;
before(async () => {
  admin = await adminToken();
});

async function create(body) {
  return api('POST', '/api/v1/users', { token: admin, body });
}

describe('POST /api/v1/users', () => {
  test('creates a user: 201 with all fields and no password', async () => {
    const username = uniqueName('New');
    const password = uniquePassword();
    const res = await create({
      username, password, full_name: 'Nueva Persona', email: 'nueva@example.org', phone: '+54 11 5555-0101', role: 'secretary',
    });
    assert.equal(res.status, 201, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    for (const f of USER_FIELDS) assert.ok(f in res.json, `field ${f} present`);
    assert.equal(typeof res.json.id, 'number');
    assert.ok(Number.isInteger(res.json.id) && res.json.id > 0);
    assert.equal(res.json.username, username);
    assert.equal(res.json.full_name, 'Nueva Persona');
    assert.equal(res.json.email, 'nueva@example.org');
    assert.equal(typeof res.json.phone, 'string');
    assert.equal(res.json.role, 'secretary');
    assert.equal(res.json.active, true);
    assert.deepEqual(res.json.clinic_ids, []);
    assert.ok(!Number.isNaN(Date.parse(res.json.created_at)));
    assertNoSecrets(res, password);

    // The new user can sign in with that password, and GET answers the same user.
    assert.equal((await tryLogin(username, password)).status, 200);
    const got = await api('GET', `/api/v1/users/${res.json.id}`, { token: admin });
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, res.json);
    assertNoSecrets(got, password);
  });

  test('email and phone are optional (null)', async () => {
    const res = await create({ username: uniqueName('min'), password: uniquePassword(), full_name: 'Min Imo', role: 'patient' });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.json.email, null);
    assert.equal(res.json.phone, null);
  });

  test('a duplicate username in another case is 409 on username', async () => {
    const username = uniqueName('Dup');
    assert.equal((await create({ username, password: uniquePassword(), full_name: 'Dup One', role: 'patient' })).status, 201);
    for (const variant of [username.toUpperCase(), username.toLowerCase(), username]) {
      const res = await create({ username: variant, password: uniquePassword(), full_name: 'Dup Two', role: 'doctor' });
      assertProblem(res, 409);
      assert.ok(Array.isArray(res.json.errors), res.text);
      assert.equal(res.json.errors[0].field, 'username');
    }
    // The demo admin is taken too.
    const demo = await create({ username: 'ADMIN', password: uniquePassword(), full_name: 'Impostor', role: 'admin' });
    assertProblem(demo, 409);
    assert.equal(demo.json.errors[0].field, 'username');
  });

  test('each invalid field is named in a 422', async () => {
    const ok = () => ({ username: uniqueName('v'), password: uniquePassword(), full_name: 'Valid Name', role: 'patient' });
    assertInvalid(await create({ ...ok(), username: '' }), 'username');
    assertInvalid(await create({ ...ok(), username: 'has space' }), 'username');
    assertInvalid(await create({ ...ok(), password: 'short1234' }), 'password'); // 9 characters
    assertInvalid(await create({ ...ok(), email: 'not-an-email' }), 'email');
    assertInvalid(await create({ ...ok(), phone: 'call me maybe' }), 'phone');
    assertInvalid(await create({ ...ok(), role: 'superuser' }), 'role');
    assertInvalid(await create({ ...ok(), full_name: '' }), 'full_name');
    assertInvalid(await create({}), 'username', 'password', 'full_name', 'role');
  });

  test('each refusal carries a stable code beside its English message, for clients that speak other languages', async () => {
    const ok = () => ({ username: uniqueName('c'), password: uniquePassword(), full_name: 'Coded Name', role: 'patient' });
    const codeOf = (res, field) => res.json.errors.find((e) => e.field === field)?.code;
    const rows = [
      [{ ...ok(), password: 'short1234' }, 'password', 'too_short', 422],
      [{ ...ok(), username: 'has space' }, 'username', 'format', 422],
      [{ ...ok(), role: 'superuser' }, 'role', 'not_one_of', 422],
      [{ ...ok(), full_name: '' }, 'full_name', 'required', 422],
      [{ ...ok(), username: 'ADMIN' }, 'username', 'taken', 409],
    ];
    for (const [body, field, code, status] of rows) {
      const res = await create(body);
      assertProblem(res, status);
      assert.equal(codeOf(res, field), code, `${field}: ${res.text}`);
      assert.equal(typeof res.json.errors.find((e) => e.field === field).message, 'string');
    }
  });

  test('all invalid fields at once are all named in one 422', async () => {
    const res = await create({ username: '', password: 'short', full_name: 'X Y', email: 'nope', phone: 'abc', role: 'king' });
    assertInvalid(res, 'username', 'password', 'email', 'phone', 'role');
  });

  test('a password of exactly 10 characters is accepted', async () => {
    const res = await create({ username: uniqueName('ten'), password: '0123456789', full_name: 'Ten Chars', role: 'patient' });
    assert.equal(res.status, 201, res.text);
  });

  test('a non-object body is 400', async () => {
    assertProblem(await api('POST', '/api/v1/users', { token: admin, rawBody: '[]', headers: { 'content-type': 'application/json' } }), 400);
  });
});

describe('GET /api/v1/users', () => {
  let tag;
  const created = [];
  before(async () => {
    tag = uniqueName('pg');
    const roles = ['doctor', 'doctor', 'patient', 'doctor', 'secretary'];
    for (let i = 0; i < roles.length; i++) {
      const res = await create({ username: `${tag}x${i}`, password: uniquePassword(), full_name: `Pager ${tag} ${i}`, role: roles[i] });
      assert.equal(res.status, 201, res.text);
      created.push(res.json);
    }
    // Deactivate the last doctor.
    const d = await api('POST', `/api/v1/users/${created[3].id}/deactivate`, { token: admin });
    assert.equal(d.status, 200, d.text);
  });

  async function walk(query) {
    const seen = [];
    let cursor = null;
    let pages = 0;
    do {
      const qs = new URLSearchParams({ ...query, limit: '2' });
      if (cursor) qs.set('cursor', cursor);
      const res = await api('GET', `/api/v1/users?${qs}`, { token: admin });
      assert.equal(res.status, 200, res.text);
      assert.ok(Array.isArray(res.json.items));
      assert.ok('next_cursor' in res.json, 'next_cursor is always present');
      assert.ok(res.json.items.length <= 2);
      assertNoSecrets(res);
      seen.push(...res.json.items);
      cursor = res.json.next_cursor;
      assert.ok(cursor === null || typeof cursor === 'string');
      pages += 1;
      assert.ok(pages < 10000, 'pagination ends');
    } while (cursor);
    return { seen, pages };
  }

  test('limit=2 walks every user exactly once via next_cursor', async () => {
    const { seen, pages } = await walk({});
    const ids = seen.map((u) => u.id);
    assert.equal(new Set(ids).size, ids.length, 'no user appears twice');
    for (const c of created) assert.ok(ids.includes(c.id), `user ${c.username} listed`);
    for (const demo of ['admin', 'secretaria', 'medico', 'paciente']) {
      assert.ok(seen.some((u) => u.username === demo), `${demo} listed`);
    }
    assert.ok(pages >= Math.ceil(seen.length / 2));
  });

  test('q matches username or full name', async () => {
    const { seen } = await walk({ q: tag });
    assert.deepEqual(seen.map((u) => u.id).sort((a, b) => a - b), created.map((u) => u.id).sort((a, b) => a - b));
    const { seen: byName } = await walk({ q: `Pager ${tag} 2` });
    assert.deepEqual(byName.map((u) => u.id), [created[2].id]);
    const { seen: upper } = await walk({ q: tag.toUpperCase() });
    assert.equal(upper.length, created.length, 'q is case-insensitive');
  });

  test('role and active filter, combined with q', async () => {
    const { seen: doctors } = await walk({ q: tag, role: 'doctor' });
    assert.deepEqual(new Set(doctors.map((u) => u.id)), new Set([created[0].id, created[1].id, created[3].id]));
    assert.ok(doctors.every((u) => u.role === 'doctor'));

    const { seen: active } = await walk({ q: tag, role: 'doctor', active: 'true' });
    assert.deepEqual(new Set(active.map((u) => u.id)), new Set([created[0].id, created[1].id]));

    const { seen: inactive } = await walk({ q: tag, active: 'false' });
    assert.deepEqual(inactive.map((u) => u.id), [created[3].id]);
    assert.equal(inactive[0].active, false);

    const { seen: pats } = await walk({ role: 'patient' });
    assert.ok(pats.length >= 2);
    assert.ok(pats.every((u) => u.role === 'patient'));
  });

  test('clinic_id lists the users assigned to that clinic, with role and q', async () => {
    const clinic = await api('POST', '/api/v1/clinics', {
      token: admin, body: { name: `Usuarios ${uniqueName('c')}`, address: 'Av. Corrientes 1000', timezone: 'America/Argentina/Buenos_Aires' },
    });
    assert.equal(clinic.status, 201, clinic.text);
    const id = clinic.json.id;
    const secretary = await create({ username: uniqueName('cs'), password: uniquePassword(), full_name: 'Sec De Clinica', role: 'secretary', clinic_ids: [id] });
    const doctor = await create({
      username: uniqueName('cd'), password: uniquePassword(), full_name: 'Doc De Clinica', role: 'doctor', clinic_ids: [id], specialty: 'Pediatría',
    });
    const elsewhere = await create({ username: uniqueName('ce'), password: uniquePassword(), full_name: 'Sec De Otra', role: 'secretary' });
    for (const r of [secretary, doctor, elsewhere]) assert.equal(r.status, 201, r.text);

    const { seen: all } = await walk({ clinic_id: String(id) });
    assert.deepEqual(new Set(all.map((u) => u.id)), new Set([secretary.json.id, doctor.json.id]));
    assert.ok(all.every((u) => u.clinic_ids.includes(id)));
    const { seen: doctors } = await walk({ clinic_id: String(id), role: 'doctor' });
    assert.deepEqual(doctors.map((u) => u.id), [doctor.json.id]);
    const { seen: none } = await walk({ clinic_id: String(id), role: 'admin' });
    assert.deepEqual(none, []);
    const { seen: unknown } = await walk({ clinic_id: '987654321' });
    assert.deepEqual(unknown, [], 'a clinic nobody works at lists nobody');
  });

  test('a bad limit, cursor or filter is 422', async () => {
    assertInvalid(await api('GET', '/api/v1/users?limit=0', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/users?limit=500', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/users?limit=-1', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/users?limit=abc', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/users?cursor=garbage', { token: admin }), 'cursor');
    assertInvalid(await api('GET', '/api/v1/users?role=king', { token: admin }), 'role');
    assertInvalid(await api('GET', '/api/v1/users?active=maybe', { token: admin }), 'active');
    for (const bad of ['abc', '0', '-3', '1.5', '']) {
      assertInvalid(await api('GET', `/api/v1/users?clinic_id=${bad}`, { token: admin }), 'clinic_id');
    }
  });

  test('limit=200 is allowed and the default page is at most 50', async () => {
    const big = await api('GET', '/api/v1/users?limit=200', { token: admin });
    assert.equal(big.status, 200);
    const dflt = await api('GET', '/api/v1/users', { token: admin });
    assert.equal(dflt.status, 200);
    assert.ok(dflt.json.items.length <= 50);
  });
});

describe('GET /api/v1/users/{id}', () => {
  test('unknown id is 404; a non-numeric id is 404', async () => {
    assertProblem(await api('GET', '/api/v1/users/987654321', { token: admin }), 404);
    assertProblem(await api('GET', '/api/v1/users/abc', { token: admin }), 404);
    assertProblem(await api('GET', '/api/v1/users/0', { token: admin }), 404);
    assertProblem(await api('GET', '/api/v1/users/-1', { token: admin }), 404);
    assertProblem(await api('GET', '/api/v1/users/99999999999999999999999', { token: admin }), 404);
  });
});

describe('PATCH /api/v1/users/{id}', () => {
  test('changes fields; email null clears it', async () => {
    const u = await newUser('patient', { email: 'before@example.org', phone: '+5491155550000' });
    assert.equal(u.user.email, 'before@example.org');
    const res = await api('PATCH', `/api/v1/users/${u.id}`, {
      token: admin, body: { full_name: 'Cambiado Nombre', role: 'secretary', email: null },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.full_name, 'Cambiado Nombre');
    assert.equal(res.json.role, 'secretary');
    assert.equal(res.json.email, null);
    assert.equal(res.json.phone, u.user.phone, 'untouched fields keep their value');
    assert.equal(res.json.username, u.username);
    assertNoSecrets(res);

    const got = await api('GET', `/api/v1/users/${u.id}`, { token: admin });
    assert.deepEqual(got.json, res.json);
    // The user sees the new role in /auth/me.
    const me = await api('GET', '/api/v1/auth/me', { token: u.token });
    assert.equal(me.json.role, 'secretary');
  });

  test('invalid fields are 422 naming them; unknown id is 404', async () => {
    const u = await newUser('patient');
    assertInvalid(await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { email: 'bad' } }), 'email');
    assertInvalid(await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { phone: 'bad phone' } }), 'phone');
    assertInvalid(await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { role: 'root' } }), 'role');
    assertInvalid(await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { password: 'short' } }), 'password');
    assertInvalid(await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { full_name: '' } }), 'full_name');
    assertProblem(await api('PATCH', '/api/v1/users/987654321', { token: admin, body: { full_name: 'Nobody' } }), 404);
    // Nothing changed.
    const got = await api('GET', `/api/v1/users/${u.id}`, { token: admin });
    assert.deepEqual(got.json, u.user);
  });

  test('setting a password ends that user\'s sessions; the new password works', async () => {
    const u = await newUser('doctor');
    const second = (await login(u.username, u.password)).token;
    const fresh = uniquePassword();
    const res = await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { password: fresh } });
    assert.equal(res.status, 200, res.text);
    assertNoSecrets(res, fresh);
    assertProblem(await api('GET', '/api/v1/auth/me', { token: u.token }), 401);
    assertProblem(await api('GET', '/api/v1/auth/me', { token: second }), 401);
    assertProblem(await tryLogin(u.username, u.password), 401);
    assert.equal((await tryLogin(u.username, fresh)).status, 200);
    // The admin's own session is untouched.
    assert.equal((await api('GET', '/api/v1/auth/me', { token: admin })).status, 200);
  });

  test('active:false through PATCH also ends the sessions', async () => {
    const u = await newUser('patient');
    const res = await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { active: false } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.active, false);
    assertProblem(await api('GET', '/api/v1/auth/me', { token: u.token }), 401);
    assert.notEqual((await tryLogin(u.username, u.password)).status, 200);
  });

  test('the admin cannot demote or deactivate themself', async () => {
    const a = await newUser('admin');
    assertProblem(await api('PATCH', `/api/v1/users/${a.id}`, { token: a.token, body: { active: false } }), 409);
    assertProblem(await api('PATCH', `/api/v1/users/${a.id}`, { token: a.token, body: { role: 'patient' } }), 409);
    const me = await api('GET', '/api/v1/auth/me', { token: a.token });
    assert.equal(me.status, 200);
    assert.equal(me.json.role, 'admin');
    assert.equal(me.json.active, true);
  });
});

describe('POST /api/v1/users/{id}/deactivate', () => {
  test('200 active:false; the token stops working at once and they cannot sign in', async () => {
    const u = await newUser('secretary');
    assert.equal((await api('GET', '/api/v1/auth/me', { token: u.token })).status, 200);
    const res = await api('POST', `/api/v1/users/${u.id}/deactivate`, { token: admin });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.id, u.id);
    assert.equal(res.json.active, false);
    assertNoSecrets(res);
    assertProblem(await api('GET', '/api/v1/auth/me', { token: u.token }), 401);
    const signIn = await tryLogin(u.username, u.password);
    assert.ok([401, 403].includes(signIn.status), `deactivated sign-in: ${signIn.status}`);
    assert.equal(signIn.json?.token, undefined);
    const got = await api('GET', `/api/v1/users/${u.id}`, { token: admin });
    assert.equal(got.json.active, false);
  });

  test('a deactivated user can be reactivated and sign in again', async () => {
    const u = await newUser('patient');
    assert.equal((await api('POST', `/api/v1/users/${u.id}/deactivate`, { token: admin })).status, 200);
    const res = await api('PATCH', `/api/v1/users/${u.id}`, { token: admin, body: { active: true } });
    assert.equal(res.status, 200);
    assert.equal(res.json.active, true);
    assert.equal((await tryLogin(u.username, u.password)).status, 200);
  });

  test('the admin cannot deactivate themself (409)', async () => {
    const a = await newUser('admin');
    assertProblem(await api('POST', `/api/v1/users/${a.id}/deactivate`, { token: a.token }), 409);
    assert.equal((await api('GET', '/api/v1/auth/me', { token: a.token })).status, 200);
  });

  test('unknown id is 404', async () => {
    assertProblem(await api('POST', '/api/v1/users/987654321/deactivate', { token: admin }), 404);
  });
});

describe('access control', () => {
  const routes = (id) => [
    ['GET', '/api/v1/users'],
    ['POST', '/api/v1/users', { username: uniqueName('nope'), password: uniquePassword(), full_name: 'Should Not', role: 'admin' }],
    ['GET', `/api/v1/users/${id}`],
    ['PATCH', `/api/v1/users/${id}`, { full_name: 'Hacked' }],
    ['POST', `/api/v1/users/${id}/deactivate`],
  ];

  test('secretary, doctor and patient get 403 on every /users route', async () => {
    const victim = await newUser('patient');
    const callers = {
      secretaria: await demoToken('secretaria'),
      medico: await demoToken('medico'),
      paciente: await demoToken('paciente'),
      newSecretary: (await newUser('secretary')).token,
      newDoctor: (await newUser('doctor')).token,
    };
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path, body] of routes(victim.id)) {
        const res = await api(method, path, { token, body });
        assertProblem(res, 403);
        assert.ok(!res.text.includes(victim.username), `${who} ${method} ${path} leaks no data`);
      }
    }
    // A user cannot read or deactivate even themself through /users.
    assertProblem(await api('GET', `/api/v1/users/${victim.id}`, { token: victim.token }), 403);
    assertProblem(await api('PATCH', `/api/v1/users/${victim.id}`, { token: victim.token, body: { role: 'admin' } }), 403);
    // Nothing changed.
    const got = await api('GET', `/api/v1/users/${victim.id}`, { token: admin });
    assert.deepEqual(got.json, victim.user);
    assert.equal((await api('GET', '/api/v1/auth/me', { token: victim.token })).status, 200);
  });

  test('no token is 401 on every /users route', async () => {
    for (const [method, path, body] of routes(1)) {
      assertProblem(await api(method, path, { body }), 401);
    }
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
