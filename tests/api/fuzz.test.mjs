// Contract fuzzing: every operation of api/openapi.json gets bad variants of its
// input (each body field of the wrong type, 10k-character strings, invalid UTF-8, NUL
// and control characters, absurd numbers and dates, missing required and unknown extra
// fields, empty and non-object bodies, wrong content types; each query parameter
// likewise; path ids that name nothing or cannot be ids), as the demo admin, secretary,
// doctor and patient. Whatever a client sends, the server must answer without a 5xx,
// every answer must keep the contract (a declared status, RFC 9457 problem+json for
// errors with a matching status), input no server may take (NUL or invalid UTF-8 in a
// body field, a required field missing, a body that is not a JSON object, a content
// type that is not JSON) must be refused, and a refused request must change nothing:
// each operation's run is bracketed by a fingerprint of the tables a request could write.
//
// Deterministic: the variants come in a fixed order and the few random choices come
// from a seeded PRNG. Bounded: a few thousand requests, about a minute on the ASan build.
// The objects an operation may legitimately change (when a variant happens to be
// valid) are this file's own, never the demo accounts the other tests sign in with.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { SPEC, contractProblems, resolveRef } from './contract.mjs';
import {
  BASE_URL, api, login, demoToken, newUser, uniqueName, uniquePassword, uniqueDni, DEMO_PASSWORD,
} from './helpers.mjs';

const DATABASE_URL = process.env.HEALTHPULSE_DATABASE_URL || '';
// HEALTHPULSE_FUZZ_TRACE=file appends one line per request: status, operation, variant.
const TRACE = process.env.HEALTHPULSE_FUZZ_TRACE || '';

// mulberry32: a small seeded PRNG, so every run sends the same requests.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260301);

// ---- the database fingerprint ------------------------------------------------------

// Every table a request could write. A row's xmin is the transaction that wrote it, so
// count(*) and max(xmin) change with any insert, update or delete; users are compared by
// their columns instead, leaving out the sign-in counters (failed_logins, locked_until:
// a wrong password is supposed to count). Left out: sessions (signing in and out is what
// some variants do) and audit_events (refused attempts may be audited, by design).
const TABLES = ['clinics', 'clinic_hours', 'floors', 'rooms', 'nomenclators', 'practices', 'practice_clinics', 'user_clinics', 'doctors',
  'doctor_schedule_blocks', 'patients', 'patient_clinics', 'appointments', 'appointment_events', 'record_entries', 'emergency_accesses'];
const USER_COLUMNS = 'id, username, password_hash, full_name, email, phone, role, active, created_at';

/** {table: "count version"} of the users and every table in TABLES. */
function fingerprint() {
  const parts = [`select 'users' || ' ' || count(*) || ' ' || coalesce(sum(hashtextextended((${USER_COLUMNS})::text, 0)::numeric), 0) from users`,
    ...TABLES.map((table) => `select '${table}' || ' ' || count(*) || ' ' || coalesce(max(xmin::text::bigint), 0) from ${table}`)];
  const out = execFileSync('psql', [DATABASE_URL, '-X', '-Atq', '-v', 'ON_ERROR_STOP=1', '-c', parts.join(' union all ')], {
    encoding: 'utf8', timeout: 30000,
  });
  const fp = {};
  for (const line of out.trim().split('\n')) {
    const [table, count, version] = line.split(' ');
    fp[table] = `${count} ${version}`;
  }
  return fp;
}
// The fingerprint after one operation's run is the one before the next's.
let lastFingerprint = null;

const changedTables = (a, b) => Object.keys(a).filter((t) => a[t] !== b[t]);

// ---- sending ---------------------------------------------------------------------

let sent = 0;
const counts = { '2xx': 0, '4xx': 0, '5xx': 0, other: 0 };

/**
 * Sends one request and returns {status, headers, text} (the body of an event stream
 * is not read). `path` may carry raw percent-escapes; `body` is a string or a Buffer.
 */
async function send(method, path, { token, body, contentType } = {}) {
  const headers = {};
  if (contentType) headers['content-type'] = contentType;
  if (token) headers.authorization = `Bearer ${token}`;
  sent += 1;
  const res = await fetch(BASE_URL + path, { method, headers, body, signal: AbortSignal.timeout(15000) });
  let text = '';
  if ((res.headers.get('content-type') || '').startsWith('text/event-stream')) await res.body?.cancel();
  else text = await res.text();
  const bucket = res.status >= 200 && res.status < 300 ? '2xx' : res.status >= 400 && res.status < 500 ? '4xx' : res.status >= 500 ? '5xx' : 'other';
  counts[bucket] += 1;
  return { status: res.status, headers: res.headers, text };
}

/** What is wrong with one answer: [] when it is a declared, well-formed, non-5xx answer. */
function judge(method, path, res) {
  const problems = [];
  if (res.status >= 500) problems.push(`answered ${res.status}: ${res.text.slice(0, 200)}`);
  if (res.status >= 400 && res.status < 500) {
    const ct = res.headers.get('content-type') || '';
    if (!ct.startsWith('application/problem+json')) problems.push(`${res.status} is ${ct || 'no content type'}, not application/problem+json`);
    let body = null;
    try {
      body = JSON.parse(res.text);
    } catch {
      problems.push(`${res.status} body is not JSON: ${res.text.slice(0, 120)}`);
    }
    if (body && body.status !== res.status) problems.push(`${res.status} problem says status ${JSON.stringify(body?.status)}`);
  }
  if (problems.length === 0) problems.push(...contractProblems(method, path.split('?')[0], { ...res, json: null }));
  return problems;
}

// ---- the bad values --------------------------------------------------------------

const LONG = 'x'.repeat(10_000);
// Placeholders replaced in the serialized JSON text by what JSON.stringify cannot write:
// raw invalid UTF-8 bytes and integer literals beyond a double's exact range.
const BAD_UTF8 = '\u0001BAD_UTF8\u0001';
const BIG_LITERAL = '\u0001BIG_LITERAL\u0001';
const HUGE_LITERAL = '\u0001HUGE_LITERAL\u0001';

function encodeBody(value) {
  let text = JSON.stringify(value);
  text = text.replaceAll(JSON.stringify(BIG_LITERAL), '9223372036854775808').replaceAll(JSON.stringify(HUGE_LITERAL), '1e400');
  const marker = JSON.stringify(BAD_UTF8).slice(1, -1); // as it appears inside a JSON string
  if (!text.includes(marker)) return text;
  const pieces = text.split(marker);
  const chunks = [];
  pieces.forEach((piece, i) => {
    if (i > 0) chunks.push(Buffer.from([0x61, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x62])); // a, bad bytes, b
    chunks.push(Buffer.from(piece, 'utf8'));
  });
  return Buffer.concat(chunks);
}

// The number is no object's id, so an id field given it names nothing.
// Values no write may accept: PostgreSQL text cannot hold NUL (libpq would cut the string
// short), and invalid UTF-8 is no text at all. Such a variant answered 2xx is a failure.
const REFUSED_VALUES = new Set(['invalid UTF-8', 'NUL']);
const WRONG_TYPES = [['number', 987654321], ['string', 'fuzz'], ['bool', true], ['array', [1, 'a']], ['object', { a: 1 }], ['null', null]];
const STRINGS = [['10k chars', LONG], ['invalid UTF-8', BAD_UTF8], ['NUL', 'a\u0000b'], ['control chars', '\u0001\u0007\u001b[31m\u007f\u0085\u2028'],
  ['empty string', ''], ['whitespace', '   ']];
const NUMBERS = [['2^63', BIG_LITERAL], ['1e400', HUGE_LITERAL], ['-1', -1], ['0', 0], ['1e308', 1e308], ['1.5', 1.5], ['-2^63', -9223372036854775808]];
const DATE_TIMES = [['+99:00 offset', '2026-03-02T10:00:00+99:00'], ['year 0', '0000-01-01T00:00:00Z'], ['year 99999', '99999-01-01T00:00:00Z'],
  ['Feb 30', '2026-02-30T10:00:00Z'], ['30-digit fraction', '2026-03-02T10:00:00.123456789012345678901234567890Z'], ['no offset', '2026-03-02T10:00:00'],
  ['24:00', '2026-03-02T24:00:00Z'], ['not a date', '2026-3-2 10am']];
const DATES = [['year 0', '0000-01-01'], ['year 99999', '99999-01-01'], ['Feb 30', '2026-02-30'], ['month 13', '2026-13-01'], ['a date-time', '2026-03-02T10:00:00Z']];
const TIMES = [['24:00', '24:00'], ['23:60', '23:60'], ['negative', '-1:00'], ['+99:00', '+99:00'], ['seconds', '09:00:00.000000000000000000000000001']];

const deref = (s) => (s && s.$ref ? deref(resolveRef(s.$ref)) : s);
const typesOf = (s) => {
  const d = deref(s) || {};
  if (d.type) return Array.isArray(d.type) ? d.type : [d.type];
  if (d.oneOf || d.anyOf) return [...new Set((d.oneOf || d.anyOf).flatMap(typesOf))];
  return [];
};

/** Bad values for a field of schema `schema` named `name`: [[label, value]]. */
function badValues(name, schema) {
  const d = deref(schema) || {};
  const types = typesOf(schema);
  const out = [...WRONG_TYPES];
  if (types.includes('string') || types.length === 0) out.push(...STRINGS);
  if (types.includes('integer') || types.includes('number')) out.push(...NUMBERS);
  if (d.format === 'date-time' || ['start', 'end', 'from', 'to'].includes(name) && d.format !== 'date') out.push(...DATE_TIMES);
  if (d.format === 'date') out.push(...DATES);
  if (['from', 'to', 'opens', 'closes'].includes(name)) out.push(...TIMES);
  if (types.includes('array')) out.push(['array of nulls', [null]], ['huge array', Array.from({ length: 5000 }, (_, i) => i)], ['nested arrays', [[[[1]]]]]);
  return out;
}

/** The properties a request schema may hold: {name: schema}. */
function propertiesOf(schema) {
  const d = deref(schema) || {};
  const props = { ...(d.properties || {}) };
  for (const sub of d.oneOf || d.anyOf || d.allOf || []) Object.assign(props, propertiesOf(sub));
  return props;
}
const requiredOf = (schema) => deref(schema)?.required || [];

const clone = (v) => JSON.parse(JSON.stringify(v));
function setAt(object, path, value) {
  const copy = clone(object);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  node[path[path.length - 1]] = value;
  return copy;
}
function deleteAt(object, path) {
  const copy = clone(object);
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key];
  delete node[path[path.length - 1]];
  return copy;
}

/**
 * The body variants of an operation: [{label, body (string|Buffer), contentType}].
 * Each field (also inside nested objects and the first item of arrays of objects) in
 * turn gets every bad value of its type, the rest of the body staying valid.
 */
function bodyVariants(schema, base) {
  const out = [];
  const json = (label, value, mustRefuse = false) => out.push({ label, body: encodeBody(value), contentType: 'application/json', mustRefuse });
  const walk = (s, value, path) => {
    const props = propertiesOf(s);
    for (const [name, sub] of Object.entries(props)) {
      const here = [...path, name];
      for (const [label, bad] of badValues(name, sub)) json(`${here.join('.')} = ${label}`, setAt(base, here, bad), REFUSED_VALUES.has(label));
      const d = deref(sub) || {};
      const current = value?.[name];
      if (current && typeof current === 'object' && !Array.isArray(current)) walk(sub, current, here);
      if (Array.isArray(current) && current[0] && typeof current[0] === 'object') walk(d.items, current[0], [...here, 0]);
    }
    for (const name of requiredOf(s)) if (value && name in value) json(`${[...path, name].join('.')} missing`, deleteAt(base, [...path, name]), true);
    if (path.length > 0) json(`${path.join('.')} = {}`, setAt(base, path, {}));
  };
  walk(schema, base, []);
  json('an unknown extra field', { ...base, fuzz_unknown_field: 'x' });
  json('every field null', Object.fromEntries(Object.keys(base).map((k) => [k, null])));
  json('{}', {});
  for (const [label, text] of [['empty body', ''], ['not JSON', '{"a":'], ['JSON array', '[]'], ['JSON string', '"text"'], ['JSON number', '42'],
    ['JSON null', 'null'], ['JSON true', 'true'], ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)], ['duplicate keys', '{"a":1,"a":2}'],
    ['trailing garbage', `${JSON.stringify(base)}xyz`], ['BOM', `\ufeff${JSON.stringify(base)}`], ['invalid UTF-8 outside strings', Buffer.from([0x7b, 0xff, 0x7d])]]) {
    out.push({ label, body: text, contentType: 'application/json', mustRefuse: !['duplicate keys', 'BOM'].includes(label) });
  }
  for (const ct of [undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/xml']) {
    out.push({ label: `content type ${ct ?? 'none'}`, body: JSON.stringify(base), contentType: ct, mustRefuse: true });
  }
  return out;
}

// Query values as sent on the wire (already percent-encoded where they need it).
const QUERY_VALUES = [['not a number', 'abc'], ['empty', ''], ['1.5', '1.5'], ['-1', '-1'], ['0', '0'], ['2^63', '9223372036854775808'],
  ['1e308', '1e308'], ['true', 'true'], ['10k chars', LONG.slice(0, 10_000)], ['NUL', 'a%00b'], ['control chars', '%01%07%1B%7F'],
  ['invalid UTF-8', '%FF%FE%C3%28'], ['overlong UTF-8', '%C0%AF'], ['bad escape', '%zz'], ['+99:00 offset', '2026-03-02T10:00:00%2B99:00'],
  ['year 0', '0000-01-01T00:00:00Z'], ['year 99999', '99999-01-01T00:00:00Z'], ['Feb 30', '2026-02-30T00:00:00Z'],
  ['30-digit fraction', '2026-03-02T10:00:00.123456789012345678901234567890Z'], ['a date', '2026-03-02']];

function queryString(params) {
  return params.length === 0 ? '' : `?${params.map(([k, v]) => `${k}=${v}`).join('&')}`;
}

/** The query variants: [{label, query}], `base` being [[name, rawValue]] that is valid. */
function queryVariants(names, base) {
  const out = [];
  for (const name of names) {
    const rest = base.filter(([k]) => k !== name);
    for (const [label, raw] of QUERY_VALUES) out.push({ label: `?${name} = ${label}`, query: queryString([...rest, [name, raw]]) });
    const valid = base.find(([k]) => k === name)?.[1] ?? '1';
    out.push({ label: `?${name} twice`, query: queryString([...rest, [name, valid], [name, 'abc']]) });
    out.push({ label: `?${name}[] as an object`, query: queryString([...rest, [`${name}[a]`, '1']]) });
    if (base.some(([k]) => k === name)) out.push({ label: `?${name} missing`, query: queryString(rest) });
  }
  out.push({ label: 'an unknown query parameter', query: queryString([...base, ['fuzz_unknown', 'x']]) });
  out.push({ label: 'a query without =', query: `${queryString(base)}${base.length ? '&' : '?'}novalue` });
  return out;
}

const BAD_IDS = [['0', '0'], ['-1', '-1'], ['2^63', '9223372036854775808'], ['abc', 'abc'], ['1%2F2', '1%2F2'], ['nonexistent', '999999999'],
  ['1.5', '1.5'], ['%00', '%00'], ['invalid UTF-8', '%FF']];

// ---- the world the variants run in -------------------------------------------------

const who = {}; // tokens: admin, secretary, doctor, patient, password (a user of our own)
const own = {}; // ids of this file's objects

function isoAt(ms) {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
}

async function ok(res, status, what) {
  assert.equal(res.status, status, `${what}: ${res.status} ${res.text}`);
  return res.json;
}

async function freeSlot(afterMs) {
  const from = isoAt(afterMs);
  const to = isoAt(afterMs + 20 * 86400_000);
  const free = await ok(await api('GET', `/api/v1/availability?doctor_id=${own.demoDoctorId}&clinic_id=${own.clinicId}&from=${from}&to=${to}&limit=1`,
    { token: who.secretary }), 200, 'availability');
  assert.ok(free.items[0], 'the demo doctor has a free slot');
  return free.items[0];
}

before(async () => {
  assert.ok(DATABASE_URL, 'HEALTHPULSE_DATABASE_URL names the server\'s database (scripts/test.sh exports it)');
  who.admin = await demoToken('admin');
  who.secretary = await demoToken('secretaria');
  who.doctor = await demoToken('medico');
  who.patient = await demoToken('paciente');
  const me = await ok(await api('GET', '/api/v1/auth/me', { token: who.doctor }), 200, 'me');
  own.demoDoctorId = me.doctor_id;
  own.clinicId = me.clinic_ids[0];

  const pw = await newUser('patient');
  who.password = pw.token;
  own.passwordUserPassword = pw.password;
  own.userId = (await newUser('patient')).id;
  own.clinic = await ok(await api('POST', '/api/v1/clinics', { token: who.admin, body: { name: uniqueName('Fuzz clinic '), address: 'Calle Falsa 123' } }), 201, 'clinic');
  own.floor = await ok(await api('POST', `/api/v1/clinics/${own.clinic.id}/floors`, { token: who.admin, body: { number: 1, name: 'Planta baja' } }), 201, 'floor');
  own.room = await ok(await api('POST', `/api/v1/floors/${own.floor.id}/rooms`, { token: who.admin, body: { code: uniqueName('R'), name: 'Consultorio' } }), 201, 'room');
  own.nomenclator = await ok(await api('POST', '/api/v1/nomenclators', { token: who.admin, body: { name: uniqueName('Fuzz nomenclator '), version: '1' } }), 201, 'nomenclator');
  own.practice = await ok(await api('POST', '/api/v1/practices', {
    token: who.admin,
    body: { nomenclator_id: own.nomenclator.id, code: uniqueName('P'), name: 'Consulta', specialty: 'Clínica médica', duration_minutes: 20 },
  }), 201, 'practice');
  const doc = await newUser('doctor', { clinic_ids: [own.clinic.id], specialty: 'Guardia' });
  own.doctorId = doc.user.doctor_id;
  own.patient = await ok(await api('POST', '/api/v1/patients', {
    token: who.secretary, body: { first_name: 'Fuzz', last_name: uniqueName('Paciente'), document_number: uniqueDni() },
  }), 201, 'patient');
  // A turno with the demo doctor puts the patient under the doctor's care.
  const slot = await freeSlot(Date.now() + 200 * 86400_000);
  const practices = await ok(await api('GET', `/api/v1/practices?clinic_id=${own.clinicId}&limit=200`, { token: who.secretary }), 200, 'practices');
  const minutes = (Date.parse(slot.end) - Date.parse(slot.start)) / 60000;
  own.bookingPractice = (practices.items.find((p) => p.duration_minutes === minutes) ?? practices.items[0]).id;
  own.appointment = await ok(await api('POST', '/api/v1/appointments', {
    token: who.secretary,
    body: { patient_id: own.patient.id, doctor_id: own.demoDoctorId, room_id: slot.room_id, practice_id: own.bookingPractice, start: slot.start },
  }), 201, 'booking');
  own.note = await ok(await api('POST', `/api/v1/patients/${own.patient.id}/notes`, {
    token: who.doctor, body: { text: 'Nota de prueba', clinic_id: own.clinicId },
  }), 201, 'note');
  own.nextSlot = await freeSlot(Date.now() + 300 * 86400_000);
});


// Per operation: the signed-in caller whose request reaches deepest (the others are
// tried too, on a sample), the existing id for {id}, a valid query and a valid body
// that each variant spoils in one place.
function plan(method, path) {
  const key = `${method} ${path}`;
  const p = { token: 'admin', id: null, query: [], body: undefined };
  const byPrefix = [
    ['/api/v1/users/{id}', () => own.userId], ['/api/v1/clinics/{id}', () => own.clinic.id], ['/api/v1/floors/{id}', () => own.floor.id],
    ['/api/v1/rooms/{id}', () => own.room.id], ['/api/v1/nomenclators/{id}', () => own.nomenclator.id], ['/api/v1/practices/{id}', () => own.practice.id],
    ['/api/v1/doctors/{id}', () => own.doctorId], ['/api/v1/patients/{id}', () => own.patient.id], ['/api/v1/appointments/{id}', () => own.appointment.id],
    ['/api/v1/records/entries/{id}', () => own.note.id],
  ];
  for (const [prefix, id] of byPrefix) if (path.startsWith(prefix)) p.id = id();
  if (/^\/api\/v1\/(patients|appointments|availability)/.test(path)) p.token = 'secretary';
  if (/^\/api\/v1\/(patients\/\{id\}\/(record|diagnoses|treatments|notes|allergies|emergency-access|access-log)|records|emergency-accesses|icd10)/.test(path)) p.token = 'doctor';
  if (key === 'get /api/v1/emergency-accesses') p.token = 'admin';
  if (path.startsWith('/api/v1/auth/')) p.token = 'patient';
  if (key === 'post /api/v1/auth/password') p.token = 'password';
  const c = own.clinicId; // the demo clinic, where the demo secretary and doctor work
  const mine = own.clinic.id; // this file's clinic, for what the other tests should not see
  const bodies = {
    'post /api/v1/auth/login': { username: 'fuzz-nobody', password: 'not-the-password' },
    'post /api/v1/auth/password': { current_password: own.passwordUserPassword, new_password: uniquePassword() },
    'post /api/v1/users': { username: uniqueName('fz'), password: uniquePassword(), full_name: 'Fuzz User', role: 'patient', email: 'fuzz@example.com', phone: '+5491155550000' },
    'patch /api/v1/users/{id}': { full_name: 'Fuzz User Patched' },
    'post /api/v1/clinics': { name: uniqueName('Fuzz '), address: 'Calle 1', phone: '+541143330000', timezone: 'America/Argentina/Buenos_Aires',
      opening_hours: [{ weekday: 1, opens: '08:00', closes: '18:00' }] },
    'patch /api/v1/clinics/{id}': { address: 'Calle 2', opening_hours: [{ weekday: 2, opens: '08:00', closes: '18:00' }] },
    'post /api/v1/clinics/{id}/floors': { number: 2, name: 'Primer piso' },
    'post /api/v1/floors/{id}/rooms': { code: uniqueName('R'), name: 'Consultorio', kind: 'consulting' },
    'patch /api/v1/rooms/{id}': { name: 'Consultorio 2', floor_id: own.floor.id },
    'post /api/v1/nomenclators': { name: uniqueName('Nom '), version: '2' },
    'post /api/v1/practices': { nomenclator_id: own.nomenclator.id, code: uniqueName('P'), name: 'Consulta', specialty: 'Clínica médica', duration_minutes: 20, clinic_ids: [mine] },
    'patch /api/v1/practices/{id}': { name: 'Consulta 2', duration_minutes: 30, clinic_ids: [mine] },
    'patch /api/v1/doctors/{id}': { specialty: 'Cardiología', license_number: uniqueName('MN'), clinic_ids: [mine] },
    'put /api/v1/doctors/{id}/schedule': { blocks: [{ clinic_id: mine, weekday: 1, from: '09:00', to: '13:00' }] },
    'post /api/v1/patients': { first_name: 'Fuzz', last_name: 'Paciente', document_type: 'DNI', document_number: uniqueDni(), birth_date: '1980-05-17', sex: 'F',
      phone: '+5491155550001', email: 'paciente@example.com', address: 'Calle 3', insurer: 'OSDE', insurer_member_number: '123', sms_consent: true,
      clinic_id: c, account: { username: uniqueName('fzp'), password: uniquePassword() } },
    'patch /api/v1/patients/{id}': { phone: '+5491155550002', birth_date: '1981-06-18' },
    'post /api/v1/appointments': { patient_id: own.patient.id, doctor_id: own.demoDoctorId, room_id: own.nextSlot.room_id, practice_id: own.bookingPractice,
      start: own.nextSlot.start, end: own.nextSlot.end },
    'patch /api/v1/appointments/{id}': { start: own.nextSlot.start, end: own.nextSlot.end, room_id: own.nextSlot.room_id },
    'post /api/v1/appointments/{id}/status': { status: 'confirmed', reason: 'Confirmado por teléfono' },
    'post /api/v1/patients/{id}/diagnoses': { code: 'J45', text: 'Asma', chronic: true, status: 'active', appointment_id: own.appointment.id, clinic_id: c },
    'post /api/v1/patients/{id}/treatments': { description: 'Salbutamol', dose: '2 puff', frequency: 'cada 8 horas', start_date: '2026-03-01', end_date: '2026-04-01',
      follow_up_days: 30, clinic_id: c },
    'post /api/v1/patients/{id}/notes': { text: 'Control', private: false, clinic_id: c },
    'post /api/v1/patients/{id}/allergies': { substance: 'Penicilina', reaction: 'Urticaria', severity: 'moderate', clinic_id: c },
    'post /api/v1/records/entries/{id}/amendments': { reason: 'Corrección', text: 'Control corregido' },
    'post /api/v1/patients/{id}/emergency-access': { reason: 'Guardia nocturna' },
    'post /api/v1/emergency-accesses': { document_type: 'DNI', document_number: own.patient.document_number, reason: 'Guardia nocturna' },
  };
  p.body = bodies[key];
  const from = isoAt(Date.now() + 86400_000);
  const to = isoAt(Date.now() + 8 * 86400_000);
  if (key === 'get /api/v1/availability') p.query = [['doctor_id', String(own.demoDoctorId)], ['clinic_id', String(c)], ['from', from], ['to', to]];
  if (key === 'get /api/v1/appointments') p.query = [['clinic_id', String(c)], ['from', from], ['to', to]];
  return p;
}

const OPERATIONS = [];
for (const [path, item] of Object.entries(SPEC.paths)) {
  for (const method of ['get', 'put', 'post', 'patch', 'delete']) if (item[method]) OPERATIONS.push({ path, method, op: item[method], item });
}

for (const { path, method, op, item } of OPERATIONS) {
  test(`${method.toUpperCase()} ${path} (${op.operationId}) survives bad input`, async (t) => {
    const p = plan(method, path);
    const tokenNames = ['admin', 'secretary', 'doctor', 'patient'];
    const params = [...(item.parameters || []), ...(op.parameters || [])].map((x) => deref(x));
    const queryNames = params.filter((x) => x.in === 'query').map((x) => x.name);
    const media = op.requestBody?.content || {};
    const jsonSchema = media['application/json']?.schema;
    const failures = [];
    let accepted = 0;
    const isLogout = `${method} ${path}` === 'post /api/v1/auth/logout';

    const tokenFor = async (name) => {
      if (name.startsWith('raw:')) return name.slice(4);
      return isLogout ? (await login('paciente', DEMO_PASSWORD)).token : who[name];
    };
    const fillPath = (id) => path.replace('{id}', id);
    const run = async (label, { id = p.id, query = queryString(p.query), body, contentType, token = p.token, mustRefuse = false }) => {
      const target = fillPath(id ?? '1') + query;
      let res;
      try {
        res = await send(method.toUpperCase(), target, { token: token && (await tokenFor(token)), body, contentType });
      } catch (e) {
        failures.push(`${label} [${token ?? 'no token'}]: no answer (${e.cause?.code ?? e.message})`);
        return;
      }
      if (res.status >= 200 && res.status < 300) {
        accepted += 1;
        if (mustRefuse) failures.push(`${label} [${token ?? 'no token'}]: accepted (${res.status}) though no server may take it`);
      }
      if (TRACE) fs.appendFileSync(TRACE, `${res.status} ${method.toUpperCase()} ${path} ${label} [${token ?? 'no token'}]\n`);
      for (const problem of judge(method, target, res)) failures.push(`${label} [${token ?? 'no token'}]: ${problem}`);
    };

    const variants = [];
    if (jsonSchema) variants.push(...bodyVariants(jsonSchema, p.body ?? {}));
    else if (media['text/csv']) {
      const csv = (line) => `code,name,specialty,duration\r\n${line}\r\n`;
      for (const [label, body] of [['a valid row', csv('FZ1,Consulta,Clínica,20')], ['10k-char name', csv(`FZ2,${LONG},Clínica,20`)],
        ['NUL', csv('FZ3,Con\u0000sulta,Clínica,20')], ['invalid UTF-8', Buffer.concat([Buffer.from(csv('FZ4,Consulta,Clínica,20')), Buffer.from([0xff, 0xfe])])],
        ['duration 2^63', csv('FZ5,Consulta,Clínica,9223372036854775808')], ['duration 1.5', csv('FZ6,Consulta,Clínica,1.5')],
        ['duration -1', csv('FZ7,Consulta,Clínica,-1')], ['unbalanced quote', csv('"FZ8,Consulta,Clínica,20')], ['no header', 'FZ9,Consulta,Clínica,20\r\n'],
        ['empty', ''], ['only a header', 'code,name,specialty,duration\r\n'], ['binary', Buffer.from([0, 1, 2, 255, 254, 10, 13])],
        ['10k columns', csv(Array.from({ length: 10000 }, () => 'a').join(','))]]) {
        variants.push({ label: `csv: ${label}`, body, contentType: 'text/csv', mustRefuse: REFUSED_VALUES.has(label) });
      }
      variants.push({ label: 'csv as application/json', body: '{}', contentType: 'application/json' }, { label: 'csv without content type', body: 'code\r\n' });
    } else if (method !== 'get') {
      variants.push({ label: 'an unexpected JSON body', body: '{"a":1}', contentType: 'application/json' },
        { label: 'an unexpected invalid UTF-8 body', body: Buffer.from([0xff, 0xfe]), contentType: 'application/json' },
        { label: 'an unexpected text body', body: 'hello', contentType: 'text/plain' });
    }
    const jsonBase = p.body !== undefined ? JSON.stringify(p.body) : undefined;
    const baseContent = jsonSchema ? 'application/json' : undefined;
    if (queryNames.length > 0) {
      for (const v of queryVariants(queryNames, p.query)) variants.push({ ...v, body: jsonBase, contentType: baseContent });
    }

    const fpBefore = lastFingerprint ?? fingerprint();
    for (const v of variants) {
      await run(v.label, v);
      // A sample of the variants also goes with another caller's token (seeded choice).
      if (random() < 0.3 && !isLogout) {
        const other = tokenNames[Math.floor(random() * tokenNames.length)];
        if (other !== p.token) await run(v.label, { ...v, token: other });
      }
    }
    // Path ids: each bad id with the valid query and body, as the operation's caller, as
    // another signed-in caller (seeded choice) and as nobody.
    if (path.includes('{id}')) {
      for (const [label, id] of BAD_IDS) {
        const other = tokenNames[Math.floor(random() * tokenNames.length)];
        for (const token of new Set([p.token, other, null])) {
          if (isLogout && token === null) continue;
          await run(`id ${label}`, { id, body: jsonBase, contentType: baseContent, token });
        }
      }
    }
    // A read as it should be, as every caller: its answer keeps the contract too.
    if (method === 'get') for (const token of tokenNames) await run('the valid read', { token });
    // No session, or a token that names no session: never a 5xx.
    await run('no token', { body: jsonBase, contentType: baseContent, token: null });
    await run('a 300-character unknown token', { body: jsonBase, contentType: baseContent, token: 'raw:' + 'x'.repeat(300) });
    const fpAfter = fingerprint();
    lastFingerprint = fpAfter;

    const changed = changedTables(fpBefore, fpAfter);
    if (accepted === 0 || method === 'get') {
      for (const table of changed) failures.push(`${method === 'get' ? 'a read' : 'no variant was accepted, yet it'} changed table ${table}`);
    } else {
      t.diagnostic(`${accepted} variants were valid and accepted; tables changed by them: ${changed.join(', ') || 'none'}`);
    }
    t.diagnostic(`${variants.length} variants`);
    assert.deepEqual(failures, [], `${failures.length} bad answers:\n${failures.slice(0, 40).join('\n')}${failures.length > 40 ? `\n… and ${failures.length - 40} more` : ''}`);
  });
}

test('the fuzz sent a bounded number of requests', (t) => {
  const line = `fuzz: ${sent} requests sent (${counts['2xx']} 2xx, ${counts['4xx']} 4xx, ${counts['5xx']} 5xx, ${counts.other} other)`;
  t.diagnostic(line);
  console.log(line);
  assert.ok(sent > 1000 && sent < 20000, line);
});
