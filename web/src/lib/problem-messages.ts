// Every server problem the web shows, in the UI's language. The server writes problems in
// English; each error in errors[] carries a stable `code` (api/openapi.json FieldError), so
// a message is chosen by, in order:
//   problems.field.<field>.<code>   a sentence for that field ("Ya hay un paciente con ese documento")
//   fieldErrors[.<field>].<message> an exact English phrase the locale knows (kept for precision)
//   problems.code.<code>            a sentence for the kind of failure ("Es obligatorio")
//   problems.code.invalid           the catch-all
// and a problem without errors by its `type` (problems.type.<slug>), else its status. In the
// English UI the server's own words are shown when no key matches; in any other language the
// English text never reaches the screen.
import type { i18n as I18n } from 'i18next';
import type { ApiError, FieldError } from '@/lib/api-error';
import { isApiError } from '@/lib/api-error';

/** What the mapping needs of i18next: lookups, existence checks and the current language. */
export type Words = Pick<I18n, 't' | 'exists' | 'language'>;

const kKnownStatuses = new Set([400, 401, 403, 404, 409, 422, 429, 500, 503]);
const kTypePrefix = 'https://healthpulse.dev/problems/';

function isEnglish(words: Words): boolean {
  return words.language === 'en' || words.language.startsWith('en-');
}

function statusKey(status: number): number {
  return kKnownStatuses.has(status) ? status : status >= 500 ? 500 : 400;
}

/** The locale keys tried for one field error, most specific first. */
export function fieldErrorKeys(e: FieldError): string[] {
  // Dots in a message ("e.g.") would split the i18n key, so the locale spells them without.
  const phrase = e.message.replace(/\./g, '');
  const keys: string[] = [];
  if (e.code) keys.push(`problems.field.${e.field}.${e.code}`);
  if (phrase !== '') keys.push(`fieldErrors.${e.field}.${phrase}`, `fieldErrors.${phrase}`);
  if (e.code) keys.push(`problems.code.${e.code}`);
  return keys;
}

/** One field error as a sentence for the field's own slot in a form. */
export function fieldErrorText(e: FieldError, words: Words): string {
  for (const key of fieldErrorKeys(e)) {
    if (words.exists(key)) return words.t(key);
  }
  if (isEnglish(words) && e.message !== '') return e.message;
  return words.t('problems.code.invalid');
}

/** A field error shown away from its field: the field's name first, when the locale has one. */
export function namedFieldErrorText(e: FieldError, words: Words): string {
  const text = fieldErrorText(e, words);
  const name = `problems.fieldName.${e.field}`;
  if (words.exists(name)) return `${words.t(name)}: ${text}`;
  if (isEnglish(words) && e.field !== '') return `${e.field}: ${text}`;
  return text;
}

/** A problem's type slug ("conflict"), or '' when the type is not one of ours. */
export function problemSlug(type: string | undefined): string {
  return type?.startsWith(kTypePrefix) ? type.slice(kTypePrefix.length) : '';
}

/**
 * A failed call's title and detail: by problem type, else by status. In English the
 * server's own title and detail; a failure that is not a problem reads as the generic error.
 */
export function problemText(error: unknown, words: Words): { title: string; detail: string } {
  if (!isApiError(error)) return { title: words.t('errors.boundaryTitle'), detail: words.t('common.unexpectedError') };
  if (isEnglish(words)) return { title: error.title, detail: error.detail || error.title };
  const slug = problemSlug(error.type);
  const status = statusKey(error.status);
  const title = slug && words.exists(`problems.type.${slug}.title`) ? `problems.type.${slug}.title` : `errors.status.s${status}`;
  const detail = slug && words.exists(`problems.type.${slug}.detail`) ? `problems.type.${slug}.detail` : `errors.statusDetail.s${status}`;
  return { title: words.t(title), detail: words.t(detail) };
}

/**
 * One line for a form's general alert: the errors that belong to no field of the form
 * (each with its field's name), or, when there are none, what the problem means.
 */
export function problemLine(error: ApiError, unmatched: readonly FieldError[], words: Words): string {
  if (unmatched.length > 0) return unmatched.map((e) => namedFieldErrorText(e, words)).join('; ');
  const errors = error.errors.map((e) => fieldErrorText(e, words));
  if (errors.length > 0 && error.status === 409) return errors.join('; ');
  const text = problemText(error, words);
  return text.detail === text.title || text.detail === '' ? text.title : `${text.title}. ${text.detail}`;
}

/** Any failure (a problem or not) as one line in the UI's language. */
export function failureLine(error: unknown, words: Words): string {
  if (!isApiError(error)) return words.t('common.unexpectedError');
  return problemLine(error, [], words);
}
