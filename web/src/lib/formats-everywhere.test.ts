// Every screen types dates and times in the es-AR fields (components/date-input.tsx) and
// writes them through lib/format.ts: the browser's own pickers and locale formatting
// follow the operating system (mm/dd, a.m./p.m.), not the network's dd/mm/aaaa and 24 hours.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const root = join(__dirname, '..');
const kForbidden: [string, RegExp][] = [
  ['a browser date or time picker', /type=["'](?:date|time|datetime-local|month|week)["']/],
  ['locale-dependent date formatting', /\.toLocale(?:Date|Time)?String\(/],
];

describe('dates and times on every screen', () => {
  it.each(kForbidden)('no source uses %s', (_what, pattern) => {
    const offenders = sources(root)
      .filter((file) => pattern.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });
});
