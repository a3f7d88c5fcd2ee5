// CIE-10 codes as the catalog stores them (no dot, E119) and as people read them (E11.9).
import type { Icd10Code } from '@/features/records/types';

/**
 * A code as shown everywhere: upper case, the dot after the third character (E11.9, J45,
 * A09.0). Accepts what a doctor types ("e119", " e11.9 "). Block ranges ("e10-e14") are
 * only upper-cased: they are never diagnoses, the server says so.
 */
export function formatIcd10Code(code: string): string {
  const compact = code.trim().toUpperCase().replace(/[\s.]/g, '');
  if (compact.includes('-') || compact.length <= 3) return compact;
  return `${compact.slice(0, 3)}.${compact.slice(3)}`;
}

/** Whether typed text is a code (E11, E11.9, e119) rather than words of a title. */
export function looksLikeIcd10Code(text: string): boolean {
  return /^[A-Za-z]\d{2}(\.?[0-9A-Za-z]{1,2})?$/.test(text.trim());
}

/** "E11.9 · Diabetes mellitus no insulinodependiente sin mención de complicación" */
export function icd10Label(code: Pick<Icd10Code, 'code' | 'description'>): string {
  return `${formatIcd10Code(code.code)} · ${code.description}`;
}
