// What the template editor shows while the admin types: the preview with the sample values
// the server gives (the same substitution as src/modules/sms/sms_template.cpp: a known
// {placeholder} becomes its value, anything else stays as written), the placeholders it
// does not know, and where a chip's placeholder goes.
import type { SmsPlaceholder } from '@/features/sms-templates/types';

export function renderPreview(body: string, placeholders: readonly SmsPlaceholder[]): string {
  const values = new Map(placeholders.map((p) => [p.name, p.sample]));
  return body.replace(/\{([^{}]*)\}/g, (whole, name: string) => values.get(name) ?? whole);
}

/** The {names} in `body` that are not placeholders, each once. */
export function unknownPlaceholders(body: string, placeholders: readonly SmsPlaceholder[]): string[] {
  const known = new Set(placeholders.map((p) => p.name));
  const unknown: string[] = [];
  for (const match of body.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!known.has(name) && !unknown.includes(name)) unknown.push(name);
  }
  return unknown;
}

/** `body` with {name} inserted over the selection [start, end), and where the caret goes after it. */
export function insertPlaceholder(body: string, name: string, start: number, end: number): { body: string; caret: number } {
  const token = `{${name}}`;
  const from = Math.max(0, Math.min(start, body.length));
  const to = Math.max(from, Math.min(end, body.length));
  return { body: body.slice(0, from) + token + body.slice(to), caret: from + token.length };
}

/** The last `days` days up to `today` (YYYY-MM-DD), both included. */
export function lastDays(days: number, today: string): { from: string; to: string } {
  const end = Date.parse(`${today}T00:00:00Z`);
  const from = new Date(end - (days - 1) * 86_400_000).toISOString().slice(0, 10);
  return { from, to: today };
}
