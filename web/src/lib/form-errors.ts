import type { ApiError, FieldError } from '@/lib/api-error';

export type FieldMessageTranslator = (field: string, message: string) => string;

/**
 * Puts each of the server's field errors beside the form field of the same name.
 * Returns the errors that name no field of this form, for a general alert.
 */
export function applyFieldErrors(
  error: ApiError,
  fields: readonly string[],
  setFieldError: (field: string, message: string) => void,
  translate: FieldMessageTranslator,
): FieldError[] {
  const unmatched: FieldError[] = [];
  for (const e of error.errors) {
    if (fields.includes(e.field)) setFieldError(e.field, translate(e.field, e.message));
    else unmatched.push(e);
  }
  return unmatched;
}

/** Empty strings mean "not given" for optional text fields sent to the API. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}
