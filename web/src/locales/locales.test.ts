import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function has(messages: unknown, key: string): boolean {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
}

// A key used with {count} exists as key_one / key_other.
function hasKey(messages: unknown, key: string): boolean {
  return has(messages, key) || (has(messages, `${key}_one`) && has(messages, `${key}_other`));
}

describe('locales', () => {
  const root = join(__dirname, '..');
  const keys = new Set<string>();
  for (const file of sourceFiles(root)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*(?:[^()'"]*\?\s*)?'([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'/g)) {
      keys.add(match[1]!);
    }
    for (const match of readFileSync(file, 'utf8').matchAll(/:\s*'([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)'\s*,\s*\{\s*code/g)) {
      keys.add(match[1]!);
    }
  }

  it('finds the keys the screens use', () => {
    expect(keys.size).toBeGreaterThan(100);
  });

  it.each([...keys].sort())('has %s in both languages', (key) => {
    expect(hasKey(esAR, key)).toBe(true);
    expect(hasKey(en, key)).toBe(true);
  });
});
