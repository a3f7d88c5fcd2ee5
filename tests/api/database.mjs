// Direct SQL against the suite's database, for fixtures the API cannot make (an outbox
// row the worker would have written) and for checking that nothing changed. The server
// under test and these queries share HEALTHPULSE_DATABASE_URL (scripts/test.sh).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';

const DATABASE_URL = process.env.HEALTHPULSE_DATABASE_URL || '';

/** Runs one SQL statement; returns its rows, each an array of text fields (NULL is ""; a row of one NULL is dropped, so select "x IS NULL" instead). */
export function sql(statement) {
  assert.ok(DATABASE_URL, "HEALTHPULSE_DATABASE_URL names the server's database (scripts/test.sh exports it)");
  const out = execFileSync('psql', [DATABASE_URL, '-X', '-Atq', '-F', '\t', '-v', 'ON_ERROR_STOP=1', '-c', statement], {
    encoding: 'utf8', timeout: 30000,
  });
  return out.split('\n').filter((line) => line.length > 0).map((line) => line.split('\t'));
}

/** A text literal for `value` (single quotes doubled). */
export function literal(value) {
  return value === null || value === undefined ? 'NULL' : `'${String(value).replace(/'/g, "''")}'`;
}
