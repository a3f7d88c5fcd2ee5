import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-error';

const kKnownStatuses = new Set([400, 401, 403, 404, 409, 422, 429, 500, 503]);

/**
 * A failed call's title and detail for the UI: in English, the server's own words; in any
 * other language, what its status means (the server writes problems in English). A
 * failure that is not a problem response reads as the generic error.
 */
export function problemText(error: unknown, language: string, t: TFunction): { title: string; detail: string } {
  if (!isApiError(error)) return { title: t('errors.boundaryTitle'), detail: t('common.unexpectedError') };
  if (language === 'en') return { title: error.title, detail: error.detail };
  const status = kKnownStatuses.has(error.status) ? error.status : error.status >= 500 ? 500 : 400;
  return { title: t(`errors.status.s${status}`), detail: t(`errors.statusDetail.s${status}`) };
}
