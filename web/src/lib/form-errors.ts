import type { ApiError, FieldError } from '@/lib/api-error';

/** A field error as a sentence in the UI's language (lib/problem-messages.ts). */
export type FieldMessageTranslator = (field: string, message: string, code?: string) => string;

/** A form's general line for the errors that name no field of it, or for the whole problem. */
export type ProblemLiner = (error: ApiError, unmatched: readonly FieldError[]) => string;

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
    if (fields.includes(e.field)) setFieldError(e.field, translate(e.field, e.message, e.code));
    else unmatched.push(e);
  }
  return unmatched;
}

/** Empty strings mean "not given" for optional text fields sent to the API. */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Where a failed save's errors go: beside named fields, or one general line. */
export interface RoutedErrors {
  fields: FieldError[];
  general: string | null;
}

/**
 * Sorts an API failure for a form. A 409 names the duplicated field in errors[0]; it gets
 * `conflicts[field]` when given (a sentence such as "Ya existe un consultorio con ese
 * código"). Errors naming no field of the form, or a problem naming none, go to the
 * general line that `line` words.
 */
export function routeApiError(
  error: ApiError,
  fields: readonly string[] | ((field: string) => boolean),
  translate: FieldMessageTranslator,
  line: ProblemLiner,
  conflicts: Readonly<Record<string, string>> = {},
): RoutedErrors {
  const isFormField = typeof fields === 'function' ? fields : (field: string) => fields.includes(field);
  const matched: FieldError[] = [];
  const unmatched: FieldError[] = [];
  for (const e of error.errors) {
    if (!isFormField(e.field)) {
      unmatched.push(e);
      continue;
    }
    const conflict = error.status === 409 ? conflicts[e.field] : undefined;
    matched.push({ field: e.field, code: e.code, message: conflict ?? translate(e.field, e.message, e.code) });
  }
  const general = matched.length > 0 && unmatched.length === 0 ? null : line(error, unmatched);
  return { fields: matched, general };
}
