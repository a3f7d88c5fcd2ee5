import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, FieldError } from '@/lib/api-error';
import { failureLine, fieldErrorText, problemLine, problemText } from '@/lib/problem-messages';

/** lib/problem-messages.ts bound to the UI's current language. */
export function useProblemMessages() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(
    () => ({
      field: (field: string, message: string, code?: string) => fieldErrorText({ field, message, code }, i18n),
      line: (error: ApiError, unmatched: readonly FieldError[] = []) => problemLine(error, unmatched, i18n),
      failure: (error: unknown) => failureLine(error, i18n),
      text: (error: unknown) => problemText(error, i18n),
    }),
    // The language is what changes the answers; i18n itself is one instance.
    [i18n, language],
  );
}
