// Clinics, floors and rooms (/api/v1/clinics*, /floors*, /rooms*): everyone signed in
// reads, only the admin writes. Clinics and rooms are deactivated, never deleted.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  api, newUser, adminToken, demoToken, assertProblem, assertInvalid, uniqueName, listAll,
  assertNoServerErrors,
} from './helpers.mjs';

const CLINIC_FIELDS = ['id', 'name', 'address', 'phone', 'timezone', 'active', 'opening_hours'];
const FLOOR_FIELDS = ['id', 'clinic_id', 'number', 'name'];
const ROOM_FIELDS = ['id', 'floor_id', 'clinic_id', 'code', 'name', 'kind', 'active'];
const JSON_CT = { 'content-type': 'application/json' };

let admin;
before(async () => {
  admin = await adminToken();
});

async function createClinic(extra = {}) {
  const res = await api('POST', '/api/v1/clinics', {
    token: admin, body: { name: `Clínica ${uniqueName('c')}`, address: 'Av. Corrientes 1234, CABA', ...extra },
  });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

async function createFloor(clinicId, number, name = `Piso ${number}`) {
  const res = await api('POST', `/api/v1/clinics/${clinicId}/floors`, { token: admin, body: { number, name } });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

async function createRoom(floorId, code, extra = {}) {
  const res = await api('POST', `/api/v1/floors/${floorId}/rooms`, { token: admin, body: { code, name: `Consultorio ${code}`, ...extra } });
  assert.equal(res.status, 201, res.text);
  return res.json;
}

function assertClinic(c) {
  for (const f of CLINIC_FIELDS) assert.ok(f in c, `clinic field ${f} present in ${JSON.stringify(c)}`);
  assert.ok(Number.isInteger(c.id) && c.id > 0);
  assert.equal(typeof c.active, 'boolean');
  assert.ok(Array.isArray(c.opening_hours));
}

describe('POST /api/v1/clinics', () => {
  test('creates a clinic with opening hours: 201 with every field; GET answers the same', async () => {
    const name = `Clínica Central ${uniqueName('c')}`;
    const hours = [
      { weekday: 1, opens: '08:00', closes: '20:00' },
      { weekday: 2, opens: '08:00', closes: '20:00' },
      { weekday: 6, opens: '09:00', closes: '13:00' },
    ];
    const res = await api('POST', '/api/v1/clinics', {
      token: admin, body: { name, address: 'Av. Santa Fe 2100, CABA', phone: '+54 11 4800-1000', opening_hours: hours },
    });
    assert.equal(res.status, 201, res.text);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assertClinic(res.json);
    assert.equal(res.json.name, name);
    assert.equal(res.json.address, 'Av. Santa Fe 2100, CABA');
    assert.equal(typeof res.json.phone, 'string');
    assert.equal(res.json.timezone, 'America/Argentina/Buenos_Aires', 'the default time zone');
    assert.equal(res.json.active, true);
    const sorted = [...res.json.opening_hours].sort((a, b) => a.weekday - b.weekday);
    assert.deepEqual(sorted, hours);

    const got = await api('GET', `/api/v1/clinics/${res.json.id}`, { token: admin });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.json, res.json);
  });

  test('phone and opening hours are optional; an explicit IANA time zone is kept', async () => {
    const c = await createClinic({ timezone: 'America/Argentina/Cordoba' });
    assert.equal(c.phone, null);
    assert.deepEqual(c.opening_hours, []);
    assert.equal(c.timezone, 'America/Argentina/Cordoba');
  });

  test('a time zone that is not an IANA zone is 422 on timezone', async () => {
    for (const timezone of ['Mars/Olympus_Mons', 'GMT-3 Buenos Aires', '', 'America/Buenos Aires']) {
      const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: `Tz ${uniqueName('c')}`, address: 'X 1', timezone } });
      assertInvalid(res, 'timezone');
    }
  });

  test('a missing or blank name is 422 on name', async () => {
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: {} }), 'name');
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: { name: '', address: 'X 1' } }), 'name');
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: { name: '   ', address: 'X 1' } }), 'name');
  });

  test('address is required too: missing or blank is 422 on address', async () => {
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: {} }), 'name', 'address');
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: { name: `N ${uniqueName('c')}` } }), 'address');
    assertInvalid(await api('POST', '/api/v1/clinics', { token: admin, body: { name: `N ${uniqueName('c')}`, address: '' } }), 'address');
  });

  test('bad opening hours are 422 naming opening_hours', async () => {
    const bad = [
      [{ weekday: 8, opens: '08:00', closes: '20:00' }],
      [{ weekday: 0, opens: '08:00', closes: '20:00' }],
      [{ weekday: 1, opens: '20:00', closes: '08:00' }],
      [{ weekday: 1, opens: '25:00', closes: '26:00' }],
      [{ weekday: 1, opens: '8am', closes: '20:00' }],
      'always',
    ];
    for (const opening_hours of bad) {
      const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: `H ${uniqueName('c')}`, address: 'X 1', opening_hours } });
      assertProblem(res, 422);
      const fields = res.json.errors.map((e) => e.field);
      assert.ok(fields.some((f) => f.startsWith('opening_hours')), `${JSON.stringify(opening_hours)}: errors name opening_hours, got ${JSON.stringify(fields)}`);
    }
  });

  test('a name taken is 409 on name', async () => {
    const c = await createClinic();
    const res = await api('POST', '/api/v1/clinics', { token: admin, body: { name: c.name, address: 'Otra 99' } });
    assertProblem(res, 409);
    assert.ok(Array.isArray(res.json.errors), res.text);
    assert.equal(res.json.errors[0].field, 'name');
  });

  test('malformed JSON is 400; a non-JSON content type is 415', async () => {
    assertProblem(await api('POST', '/api/v1/clinics', { token: admin, rawBody: '{"name":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', '/api/v1/clinics', { token: admin, rawBody: '[]', headers: JSON_CT }), 400);
    const body = JSON.stringify({ name: `Ct ${uniqueName('c')}`, address: 'X 1' });
    assertProblem(await api('POST', '/api/v1/clinics', { token: admin, rawBody: body, headers: { 'content-type': 'text/plain' } }), 415);
  });
});

describe('GET and PATCH /api/v1/clinics', () => {
  test('GET /clinics walks every clinic once with limit=2; active filters', async () => {
    const a = await createClinic();
    const b = await createClinic();
    const off = await createClinic();
    const p = await api('PATCH', `/api/v1/clinics/${off.id}`, { token: admin, body: { active: false } });
    assert.equal(p.status, 200, p.text);
    assert.equal(p.json.active, false);

    const all = await listAll('/api/v1/clinics', {}, admin, 2);
    const ids = all.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'no clinic twice');
    for (const c of [a, b, off]) assert.ok(ids.includes(c.id), `clinic ${c.id} listed`);
    all.forEach(assertClinic);

    const active = await listAll('/api/v1/clinics', { active: 'true' }, admin);
    assert.ok(active.every((c) => c.active === true));
    assert.ok(active.some((c) => c.id === a.id));
    assert.ok(!active.some((c) => c.id === off.id), 'deactivated clinic is not in active=true');
    const inactive = await listAll('/api/v1/clinics', { active: 'false' }, admin);
    assert.ok(inactive.every((c) => c.active === false));
    assert.ok(inactive.some((c) => c.id === off.id), 'deactivated clinic is still there (never deleted)');

    const got = await api('GET', `/api/v1/clinics/${off.id}`, { token: admin });
    assert.equal(got.status, 200);
    assert.equal(got.json.active, false);
  });

  test('bad list parameters are 422', async () => {
    assertInvalid(await api('GET', '/api/v1/clinics?active=maybe', { token: admin }), 'active');
    assertInvalid(await api('GET', '/api/v1/clinics?limit=0', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/clinics?limit=201', { token: admin }), 'limit');
    assertInvalid(await api('GET', '/api/v1/clinics?cursor=garbage', { token: admin }), 'cursor');
  });

  test('PATCH changes the given fields; opening_hours replaces all', async () => {
    const c = await createClinic({ phone: '+54 11 4800-2000', opening_hours: [{ weekday: 1, opens: '08:00', closes: '20:00' }, { weekday: 2, opens: '08:00', closes: '20:00' }] });
    const newName = `Renombrada ${uniqueName('c')}`;
    const res = await api('PATCH', `/api/v1/clinics/${c.id}`, {
      token: admin,
      body: { name: newName, timezone: 'America/Argentina/Mendoza', opening_hours: [{ weekday: 5, opens: '10:00', closes: '14:30' }] },
    });
    assert.equal(res.status, 200, res.text);
    assertClinic(res.json);
    assert.equal(res.json.name, newName);
    assert.equal(res.json.timezone, 'America/Argentina/Mendoza');
    assert.deepEqual(res.json.opening_hours, [{ weekday: 5, opens: '10:00', closes: '14:30' }]);
    assert.equal(res.json.address, c.address, 'untouched fields keep their value');
    assert.equal(res.json.phone, c.phone);
    const got = await api('GET', `/api/v1/clinics/${c.id}`, { token: admin });
    assert.deepEqual(got.json, res.json);

    const cleared = await api('PATCH', `/api/v1/clinics/${c.id}`, { token: admin, body: { phone: null, opening_hours: [] } });
    assert.equal(cleared.status, 200, cleared.text);
    assert.equal(cleared.json.phone, null);
    assert.deepEqual(cleared.json.opening_hours, []);
  });

  test('PATCH with bad fields is 422, with a taken name 409; nothing changes', async () => {
    const c = await createClinic();
    const other = await createClinic();
    assertInvalid(await api('PATCH', `/api/v1/clinics/${c.id}`, { token: admin, body: { timezone: 'Nowhere/City' } }), 'timezone');
    assertInvalid(await api('PATCH', `/api/v1/clinics/${c.id}`, { token: admin, body: { name: '' } }), 'name');
    assertInvalid(await api('PATCH', `/api/v1/clinics/${c.id}`, { token: admin, body: { active: 'no' } }), 'active');
    const dup = await api('PATCH', `/api/v1/clinics/${c.id}`, { token: admin, body: { name: other.name } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'name');
    const got = await api('GET', `/api/v1/clinics/${c.id}`, { token: admin });
    assert.deepEqual(got.json, c);
  });

  test('unknown clinic ids are 404', async () => {
    for (const id of ['987654321', 'abc', '0']) {
      assertProblem(await api('GET', `/api/v1/clinics/${id}`, { token: admin }), 404);
      assertProblem(await api('PATCH', `/api/v1/clinics/${id}`, { token: admin, body: { name: `Nadie ${uniqueName('c')}` } }), 404);
      assertProblem(await api('GET', `/api/v1/clinics/${id}/floors`, { token: admin }), 404);
      assertProblem(await api('POST', `/api/v1/clinics/${id}/floors`, { token: admin, body: { number: 1, name: 'PB' } }), 404);
    }
  });
});

describe('floors', () => {
  test('POST /clinics/{id}/floors is 201; GET lists them ordered by number with next_cursor null', async () => {
    const c = await createClinic();
    const f2 = await createFloor(c.id, 2, 'Segundo');
    const f0 = await createFloor(c.id, 0, 'Planta baja');
    const fm1 = await createFloor(c.id, -1, 'Subsuelo');
    for (const f of [f2, f0, fm1]) {
      for (const k of FLOOR_FIELDS) assert.ok(k in f, `floor field ${k}`);
      assert.equal(f.clinic_id, c.id);
    }
    assert.equal(f0.number, 0);
    assert.equal(f0.name, 'Planta baja');
    const res = await api('GET', `/api/v1/clinics/${c.id}/floors`, { token: admin });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.next_cursor, null);
    assert.deepEqual(res.json.items, [fm1, f0, f2]);
  });

  test('a floor number taken in the clinic is 409 on number; the same number elsewhere is fine', async () => {
    const c = await createClinic();
    const other = await createClinic();
    await createFloor(c.id, 1);
    const dup = await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { number: 1, name: 'Otro primero' } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'number');
    await createFloor(other.id, 1);
    const res = await api('GET', `/api/v1/clinics/${c.id}/floors`, { token: admin });
    assert.equal(res.json.items.length, 1);
  });

  test('a floor name is required: missing or blank is 422 on name', async () => {
    const c = await createClinic();
    assertInvalid(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { number: 1 } }), 'name');
    assertInvalid(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { number: 1, name: '' } }), 'name');
    const res = await api('GET', `/api/v1/clinics/${c.id}/floors`, { token: admin });
    assert.deepEqual(res.json.items, []);
  });

  test('bad floor fields are 422; malformed JSON 400; wrong content type 415', async () => {
    const c = await createClinic();
    assertInvalid(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { number: 'one', name: 'Uno' } }), 'number');
    assertInvalid(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { number: 1.5, name: 'Uno' } }), 'number');
    assertInvalid(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, body: { name: 'Uno' } }), 'number');
    assertProblem(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, rawBody: '{"number":', headers: JSON_CT }), 400);
    assertProblem(await api('POST', `/api/v1/clinics/${c.id}/floors`, { token: admin, rawBody: '{"number":1,"name":"x"}', headers: { 'content-type': 'text/plain' } }), 415);
    const res = await api('GET', `/api/v1/clinics/${c.id}/floors`, { token: admin });
    assert.deepEqual(res.json.items, []);
  });
});

describe('rooms', () => {
  let clinic;
  let other;
  let floor1;
  let floor2;
  let otherFloor;
  before(async () => {
    clinic = await createClinic();
    other = await createClinic();
    floor1 = await createFloor(clinic.id, 1);
    floor2 = await createFloor(clinic.id, 2);
    otherFloor = await createFloor(other.id, 1);
  });

  test('POST /floors/{id}/rooms is 201 with every field; GET /floors/{id}/rooms is ordered by code', async () => {
    const f = await createFloor(clinic.id, 10);
    const b = await createRoom(f.id, 'B-2', { kind: 'procedure' });
    const a = await createRoom(f.id, 'A-1', { kind: 'consulting' });
    const c = await createRoom(f.id, 'C-3', { kind: 'other' });
    const d = await createRoom(f.id, 'D-4');
    for (const r of [a, b, c, d]) {
      for (const k of ROOM_FIELDS) assert.ok(k in r, `room field ${k} in ${JSON.stringify(r)}`);
      assert.equal(r.floor_id, f.id);
      assert.equal(r.clinic_id, clinic.id);
      assert.equal(r.active, true);
    }
    assert.equal(a.code, 'A-1');
    assert.equal(a.name, 'Consultorio A-1');
    assert.equal(b.kind, 'procedure');
    assert.ok(['consulting', 'procedure', 'other'].includes(d.kind), `default kind ${d.kind}`);
    const res = await api('GET', `/api/v1/floors/${f.id}/rooms`, { token: admin });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.next_cursor, null);
    assert.deepEqual(res.json.items, [a, b, c, d]);
  });

  test('a room code taken in the clinic (any case, any floor) is 409 on code; at another clinic it is fine', async () => {
    const code = `R${uniqueName('').slice(-6)}`.toUpperCase();
    await createRoom(floor1.id, code);
    for (const [floorId, variant] of [[floor1.id, code], [floor1.id, code.toLowerCase()], [floor2.id, code.toLowerCase()]]) {
      const res = await api('POST', `/api/v1/floors/${floorId}/rooms`, { token: admin, body: { code: variant, name: 'Duplicado' } });
      assertProblem(res, 409);
      assert.equal(res.json.errors[0].field, 'code');
    }
    const elsewhere = await createRoom(otherFloor.id, code);
    assert.equal(elsewhere.clinic_id, other.id);
  });

  test('bad room fields are 422; malformed JSON 400; wrong content type 415; unknown floor 404', async () => {
    assertInvalid(await api('POST', `/api/v1/floors/${floor1.id}/rooms`, { token: admin, body: { code: 'K1', name: 'x', kind: 'kitchen' } }), 'kind');
    assertInvalid(await api('POST', `/api/v1/floors/${floor1.id}/rooms`, { token: admin, body: { code: '', name: 'x' } }), 'code');
    assertInvalid(await api('POST', `/api/v1/floors/${floor1.id}/rooms`, { token: admin, body: {} }), 'code');
    assertProblem(await api('POST', `/api/v1/floors/${floor1.id}/rooms`, { token: admin, rawBody: '{"code":"K3"', headers: JSON_CT }), 400);
    assertProblem(await api('POST', `/api/v1/floors/${floor1.id}/rooms`, { token: admin, rawBody: '{"code":"K4","name":"x"}', headers: { 'content-type': 'text/plain' } }), 415);
    for (const id of ['987654321', 'abc']) {
      assertProblem(await api('POST', `/api/v1/floors/${id}/rooms`, { token: admin, body: { code: 'K5', name: 'x' } }), 404);
      assertProblem(await api('GET', `/api/v1/floors/${id}/rooms`, { token: admin }), 404);
      assertProblem(await api('PATCH', `/api/v1/rooms/${id}`, { token: admin, body: { name: 'x' } }), 404);
    }
  });

  test('GET /rooms?clinic_id= walks every room of the clinic once; floor_id and active filter', async () => {
    const c = await createClinic();
    const fa = await createFloor(c.id, 1);
    const fb = await createFloor(c.id, 2);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createRoom(fa.id, `A${i}`));
    for (let i = 0; i < 2; i++) made.push(await createRoom(fb.id, `B${i}`));
    const all = await listAll('/api/v1/rooms', { clinic_id: String(c.id) }, admin, 2);
    assert.deepEqual(all.map((r) => r.id).sort((x, y) => x - y), made.map((r) => r.id).sort((x, y) => x - y));
    assert.ok(all.every((r) => r.clinic_id === c.id));
    const first = await api('GET', `/api/v1/rooms?clinic_id=${c.id}&limit=2`, { token: admin });
    assert.equal(first.json.items.length, 2);
    assert.equal(typeof first.json.next_cursor, 'string', 'more pages remain');

    const byFloor = await listAll('/api/v1/rooms', { floor_id: String(fb.id) }, admin);
    assert.deepEqual(byFloor.map((r) => r.id).sort((x, y) => x - y), made.slice(3).map((r) => r.id).sort((x, y) => x - y));

    const off = await api('PATCH', `/api/v1/rooms/${made[0].id}`, { token: admin, body: { active: false } });
    assert.equal(off.status, 200, off.text);
    const active = await listAll('/api/v1/rooms', { clinic_id: String(c.id), active: 'true' }, admin);
    assert.equal(active.length, 4);
    assert.ok(!active.some((r) => r.id === made[0].id));
    const inactive = await listAll('/api/v1/rooms', { clinic_id: String(c.id), active: 'false' }, admin);
    assert.deepEqual(inactive.map((r) => r.id), [made[0].id]);

    assertInvalid(await api('GET', '/api/v1/rooms?clinic_id=abc', { token: admin }), 'clinic_id');
    assertInvalid(await api('GET', '/api/v1/rooms?active=maybe', { token: admin }), 'active');
    assertInvalid(await api('GET', '/api/v1/rooms?limit=0', { token: admin }), 'limit');
  });

  test('a room name is required: missing or blank is 422 on name', async () => {
    const f = await createFloor(clinic.id, 30);
    assertInvalid(await api('POST', `/api/v1/floors/${f.id}/rooms`, { token: admin, body: { code: 'K2' } }), 'name');
    assertInvalid(await api('POST', `/api/v1/floors/${f.id}/rooms`, { token: admin, body: { code: 'K2', name: '' } }), 'name');
    const res = await api('GET', `/api/v1/floors/${f.id}/rooms`, { token: admin });
    assert.deepEqual(res.json.items, []);
  });

  test('PATCH a room to active:false: it is still listed, inactive (never deleted)', async () => {
    const f = await createFloor(clinic.id, 20);
    const r = await createRoom(f.id, 'X-1');
    const res = await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { active: false } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(res.json, { ...r, active: false });
    const onFloor = await api('GET', `/api/v1/floors/${f.id}/rooms`, { token: admin });
    assert.deepEqual(onFloor.json.items, [{ ...r, active: false }]);
    const inClinic = await listAll('/api/v1/rooms', { clinic_id: String(clinic.id) }, admin);
    assert.ok(inClinic.some((x) => x.id === r.id && x.active === false));
    const back = await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { active: true } });
    assert.equal(back.json.active, true);
  });

  test('PATCH changes code, name, kind and floor within the clinic', async () => {
    const r = await createRoom(floor1.id, `M${uniqueName('').slice(-5)}`);
    const code = `N${uniqueName('').slice(-5)}`;
    const res = await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { code, name: 'Sala de procedimientos', kind: 'procedure', floor_id: floor2.id } });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.json.code, code);
    assert.equal(res.json.name, 'Sala de procedimientos');
    assert.equal(res.json.kind, 'procedure');
    assert.equal(res.json.floor_id, floor2.id);
    assert.equal(res.json.clinic_id, clinic.id);
    const f2 = await api('GET', `/api/v1/floors/${floor2.id}/rooms`, { token: admin });
    assert.ok(f2.json.items.some((x) => x.id === r.id));
    const f1 = await api('GET', `/api/v1/floors/${floor1.id}/rooms`, { token: admin });
    assert.ok(!f1.json.items.some((x) => x.id === r.id));
  });

  test('PATCH: a floor of another clinic is 422 on floor_id; a taken code 409; bad kind 422', async () => {
    const r = await createRoom(floor1.id, `P${uniqueName('').slice(-5)}`);
    const taken = await createRoom(floor2.id, `Q${uniqueName('').slice(-5)}`);
    assertInvalid(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { floor_id: otherFloor.id } }), 'floor_id');
    assertInvalid(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { floor_id: 987654321 } }), 'floor_id');
    assertInvalid(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { kind: 'garage' } }), 'kind');
    assertInvalid(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { code: '' } }), 'code');
    const dup = await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, body: { code: taken.code.toLowerCase() } });
    assertProblem(dup, 409);
    assert.equal(dup.json.errors[0].field, 'code');
    const inClinic = await listAll('/api/v1/rooms', { floor_id: String(floor1.id) }, admin);
    assert.deepEqual(inClinic.find((x) => x.id === r.id), r, 'nothing changed');
    assertProblem(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, rawBody: '{', headers: JSON_CT }), 400);
    assertProblem(await api('PATCH', `/api/v1/rooms/${r.id}`, { token: admin, rawBody: '{}', headers: { 'content-type': 'text/plain' } }), 415);
  });
});

describe('access control', () => {
  let clinic;
  let floor;
  let room;
  let callers;
  before(async () => {
    clinic = await createClinic();
    floor = await createFloor(clinic.id, 1);
    room = await createRoom(floor.id, 'AC-1');
    callers = {
      secretaria: await demoToken('secretaria'),
      medico: await demoToken('medico'),
      paciente: await demoToken('paciente'),
      assignedSecretary: (await newUser('secretary', { clinic_ids: [clinic.id] })).token,
    };
  });

  const writes = () => [
    ['POST', '/api/v1/clinics', { name: `Nope ${uniqueName('c')}`, address: 'X 1' }],
    ['PATCH', `/api/v1/clinics/${clinic.id}`, { name: `Hacked ${uniqueName('c')}` }],
    ['PATCH', `/api/v1/clinics/${clinic.id}`, { active: false }],
    ['POST', `/api/v1/clinics/${clinic.id}/floors`, { number: 99, name: 'Hacked' }],
    ['POST', `/api/v1/floors/${floor.id}/rooms`, { code: 'HACK', name: 'Hacked' }],
    ['PATCH', `/api/v1/rooms/${room.id}`, { active: false }],
  ];
  const reads = () => [
    ['GET', '/api/v1/clinics'],
    ['GET', `/api/v1/clinics/${clinic.id}`],
    ['GET', `/api/v1/clinics/${clinic.id}/floors`],
    ['GET', `/api/v1/floors/${floor.id}/rooms`],
    ['GET', `/api/v1/rooms?clinic_id=${clinic.id}`],
  ];

  test('secretary, doctor and patient get 403 on every write; nothing changes', async () => {
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path, body] of writes()) {
        const res = await api(method, path, { token, body });
        assert.equal(res.status, 403, `${who} ${method} ${path}: ${res.status} ${res.text}`);
        assertProblem(res, 403);
      }
    }
    const c = await api('GET', `/api/v1/clinics/${clinic.id}`, { token: admin });
    assert.deepEqual(c.json, clinic);
    const rooms = await api('GET', `/api/v1/floors/${floor.id}/rooms`, { token: admin });
    assert.deepEqual(rooms.json.items, [room]);
    const floors = await api('GET', `/api/v1/clinics/${clinic.id}/floors`, { token: admin });
    assert.deepEqual(floors.json.items, [floor]);
  });

  test('every signed-in user reads clinics, floors and rooms', async () => {
    for (const [who, token] of Object.entries(callers)) {
      for (const [method, path] of reads()) {
        const res = await api(method, path, { token });
        assert.equal(res.status, 200, `${who} ${method} ${path}: ${res.status} ${res.text}`);
      }
    }
  });

  test('no token is 401 on every route', async () => {
    for (const [method, path, body] of [...writes(), ...reads()]) {
      assertProblem(await api(method, path, { body }), 401);
    }
  });
});

test('no request in this file made the server answer 500', async (t) => {
  await assertNoServerErrors(t);
});
