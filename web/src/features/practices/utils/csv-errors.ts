import type { CsvRowError } from '@/features/practices/types';
import type { FieldError } from '@/lib/api-error';

const kRowField = /^rows\[(\d+)\](?:\.(\w+))?$/;

/**
 * The import's 422 names each bad cell "rows[3].duration" (3 = line in the file). Rows
 * come out in file order; errors that name no row (e.g. "file") come first.
 */
export function csvRowErrors(errors: readonly FieldError[]): CsvRowError[] {
  const out = errors.map((e): CsvRowError => {
    const match = kRowField.exec(e.field);
    if (!match) return { row: null, column: e.field === '' ? null : e.field, message: e.message };
    return { row: Number(match[1]), column: match[2] ?? null, message: e.message };
  });
  return out
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.row ?? 0) - (b.e.row ?? 0) || a.i - b.i)
    .map(({ e }) => e);
}

/** True when a file looks like text (what a CSV upload must be). */
export function looksLikeCsvFile(name: string, type: string): boolean {
  return type === '' || type.startsWith('text/') || type === 'application/vnd.ms-excel' || /\.(csv|txt)$/i.test(name);
}
