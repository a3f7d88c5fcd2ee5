// The API contract as the tests check it: every answer of the server is compared with
// api/openapi.json (the status is declared for that operation, the content type is one
// the operation declares, the body matches the schema). helpers.mjs's api() runs this on
// every response, so each API test checks the contract of whatever it calls.
//
// The validator understands what the spec uses: $ref, type (also a list, as in
// ["string", "null"]), properties, required, additionalProperties, items, enum, const,
// oneOf/anyOf/allOf, minLength/maxLength, minimum/maximum, pattern, uniqueItems,
// minProperties, writeOnly (never in an answer), and the formats int64, date and
// date-time (loosely: RFC 3339 with an offset). An object schema with properties and
// no additionalProperties is closed for answers: a field the spec does not declare is
// a gap in the contract the web app's generated types would miss.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SPEC = JSON.parse(fs.readFileSync(path.join(ROOT, 'api', 'openapi.json'), 'utf8'));

const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

// Answers not checked, and why:
// - the live stream (text/event-stream) never ends, so there is no body to validate;
//   its tests read the stream with their own fetch.
// Outside the spec, so never checked: the web app's static files and SPA fallback, and
// protocol.test.mjs's raw-socket requests (malformed HTTP has no operation).
const EXEMPT = new Set(['get /api/v1/clinics/{id}/events']);

/** The JSON value a "#/..." reference points at. */
export function resolveRef(ref) {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
  let node = SPEC;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = node?.[key];
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

const deref = (node) => {
  let n = node;
  for (let i = 0; n && n.$ref && i < 20; i += 1) n = resolveRef(n.$ref);
  return n;
};

/**
 * The operation a request reaches: {path, method, op, key} or null when the spec has
 * none for that method and path (a literal segment wins over a {parameter}).
 */
export function findOperation(method, urlPath) {
  const m = method.toLowerCase();
  const pathOnly = urlPath.split('?')[0];
  const segs = pathOnly.split('/');
  let best = null;
  for (const [template, item] of Object.entries(SPEC.paths)) {
    const tsegs = template.split('/');
    if (tsegs.length !== segs.length) continue;
    let literal = 0;
    let ok = true;
    for (let i = 0; i < tsegs.length; i += 1) {
      if (/^\{.+\}$/.test(tsegs[i])) {
        if (segs[i] === '') ok = false;
      } else if (tsegs[i] === segs[i]) {
        literal += 1;
      } else {
        ok = false;
      }
      if (!ok) break;
    }
    if (!ok || !item[m]) continue;
    if (!best || literal > best.literal) best = { path: template, method: m, op: item[m], literal };
  }
  if (!best) return null;
  return { path: best.path, method: best.method, op: best.op, key: `${best.method} ${best.path}` };
}

const pointerOf = (parts) => (parts.length === 0 ? '' : '/' + parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/'));

const typeOf = (v) => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v; // string, boolean, object
};

const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function checkFormat(format, value) {
  if (format === 'date-time') return typeof value !== 'string' || RFC3339.test(value) ? null : 'is not an RFC 3339 date-time with offset';
  if (format === 'date') return typeof value !== 'string' || DATE.test(value) ? null : 'is not a date YYYY-MM-DD';
  if (format === 'int64') return typeof value !== 'number' || Number.isSafeInteger(value) ? null : 'is not a 64-bit integer that JSON readers keep exact';
  return null;
}

/**
 * Validates `value` against `schema`; returns a list of {pointer, message} (empty when
 * it matches). `mode` is 'response' (closed objects, no writeOnly fields) or 'request'.
 */
export function validate(schema, value, mode = 'response', at = []) {
  const errors = [];
  const fail = (message, parts = at) => errors.push({ pointer: pointerOf(parts), message });
  if (schema === true || schema === undefined) return errors;
  if (schema === false) {
    fail('no value is allowed here');
    return errors;
  }
  if (schema.$ref) {
    errors.push(...validate(resolveRef(schema.$ref), value, mode, at));
    // Sibling keywords next to $ref (3.1) apply too; description and the like are notes.
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const t = typeOf(value);
    const matches = types.some((want) => want === t || (want === 'number' && t === 'integer'));
    if (!matches) {
      fail(`is ${t} (${JSON.stringify(value)?.slice(0, 80)}), the spec says ${types.join(' or ')}`);
      return errors;
    }
  }
  if (schema.const !== undefined && JSON.stringify(value) !== JSON.stringify(schema.const)) {
    fail(`is ${JSON.stringify(value)}, the spec says the constant ${JSON.stringify(schema.const)}`);
  }
  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    fail(`is ${JSON.stringify(value)}, not one of ${JSON.stringify(schema.enum)}`);
  }
  if (schema.format) {
    const why = checkFormat(schema.format, value);
    if (why) fail(`${JSON.stringify(value)} ${why}`);
  }
  if (typeof value === 'string') {
    const length = [...value].length;
    if (schema.minLength !== undefined && length < schema.minLength) fail(`is shorter than minLength ${schema.minLength}`);
    if (schema.maxLength !== undefined && length > schema.maxLength) fail(`is longer than maxLength ${schema.maxLength}`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail(`${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) fail(`${value} is below the minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) fail(`${value} is above the maximum ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => errors.push(...validate(schema.items, item, mode, [...at, i])));
    if (schema.uniqueItems) {
      const seen = new Set(value.map((v) => JSON.stringify(v)));
      if (seen.size !== value.length) fail('has repeated items (uniqueItems)');
    }
    if (schema.minItems !== undefined && value.length < schema.minItems) fail(`has fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) fail(`has more than ${schema.maxItems} items`);
  }
  if (typeOf(value) === 'object') {
    const props = schema.properties || {};
    for (const name of schema.required || []) {
      if (!(name in value)) fail(`lacks the required field "${name}"`);
    }
    for (const [name, v] of Object.entries(value)) {
      const sub = props[name];
      if (sub !== undefined) {
        if (mode === 'response' && deref(sub)?.writeOnly) fail('is writeOnly in the spec but was answered', [...at, name]);
        errors.push(...validate(sub, v, mode, [...at, name]));
      } else if (schema.additionalProperties !== undefined) {
        errors.push(...validate(schema.additionalProperties, v, mode, [...at, name]));
      } else if (mode === 'response' && schema.properties) {
        fail('is not declared in the spec', [...at, name]);
      }
    }
    if (schema.minProperties !== undefined && Object.keys(value).length < schema.minProperties) {
      fail(`has fewer than ${schema.minProperties} properties`);
    }
  }
  if (schema.allOf) for (const sub of schema.allOf) errors.push(...validate(sub, value, mode, at));
  for (const [keyword, exactlyOne] of [['oneOf', true], ['anyOf', false]]) {
    const options = schema[keyword];
    if (!options) continue;
    let candidates = options;
    const d = schema.discriminator;
    if (d && typeOf(value) === 'object' && d.mapping && typeof value[d.propertyName] === 'string') {
      const target = d.mapping[value[d.propertyName]];
      if (!target) {
        fail(`${d.propertyName} ${JSON.stringify(value[d.propertyName])} is none of ${Object.keys(d.mapping).join(', ')}`);
        continue;
      }
      candidates = [{ $ref: target }];
    }
    const results = candidates.map((sub) => validate(sub, value, mode, at));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 0) {
      if (candidates.length === 1) errors.push(...results[0]);
      else fail(`matches none of ${keyword}: ${results.map((r) => r.map((e) => `${e.pointer} ${e.message}`).join('; ')).join(' | ')}`);
    } else if (exactlyOne && passing > 1 && candidates.length > 1) {
      fail(`matches ${passing} of oneOf, exactly one expected`);
    }
  }
  return errors;
}

/**
 * Checks one answer against the operation it answers. `res` is {status, headers, text,
 * json}. Returns a list of problems, each a string naming the operation, the status
 * and a JSON pointer into the body; [] when the answer keeps the contract or the spec
 * has no such operation (the server answers 404/405 for those outside the spec).
 */
export function contractProblems(method, urlPath, res) {
  const found = findOperation(method, urlPath);
  if (!found || EXEMPT.has(found.key)) return [];
  const name = `${found.method.toUpperCase()} ${found.path} (${found.op.operationId})`;
  const where = `${name} answered ${res.status}`;
  const declared = found.op.responses || {};
  const response = deref(declared[String(res.status)] ?? declared[`${String(res.status)[0]}XX`] ?? declared.default);
  if (!response) return [`${where}: the spec declares no ${res.status} for this operation (declared: ${Object.keys(declared).join(', ')}); body ${res.text.slice(0, 300)}`];
  const contentType = (res.headers.get('content-type') || '').split(';')[0].trim().toLowerCase();
  const content = response.content;
  if (!content) {
    return res.text.length === 0 ? [] : [`${where}: the spec declares no body, got ${contentType || 'no content type'}: ${res.text.slice(0, 200)}`];
  }
  const media = content[contentType];
  if (!media) return [`${where}: content type "${contentType}" is not declared (${Object.keys(content).join(', ')})`];
  const problems = [];
  if (/json$/.test(contentType)) {
    let body;
    try {
      body = JSON.parse(res.text);
    } catch {
      return [`${where}: the ${contentType} body is not JSON: ${res.text.slice(0, 200)}`];
    }
    for (const e of validate(media.schema, body, 'response')) problems.push(`${where}: ${e.pointer || '(body)'} ${e.message}`);
    if (contentType === 'application/problem+json' && body && body.status !== res.status) {
      problems.push(`${where}: /status is ${JSON.stringify(body.status)}, not the HTTP status`);
    }
  }
  return problems;
}
