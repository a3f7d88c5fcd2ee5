import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError } from '@/lib/api-error';
import { routeApiError } from '@/lib/form-errors';

export interface ApiFormErrorTarget {
  /** The API field names this form shows beside its inputs (a list, or a test for patterns). */
  fields: readonly string[] | ((field: string) => boolean);
  setFieldError: (field: string, message: string) => void;
  /** Sentences for 409 duplicates, by field. */
  conflicts?: Readonly<Record<string, string>>;
}

/** A form's general failure line plus an onError that puts API errors beside fields. */
export function useApiFormErrors() {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const [failure, setFailure] = useState<string | null>(null);

  const onError = useCallback(
    (error: unknown, target: ApiFormErrorTarget) => {
      if (!isApiError(error)) {
        setFailure(t('common.unexpectedError'));
        return;
      }
      const routed = routeApiError(error, target.fields, problems.field, problems.line, target.conflicts);
      for (const e of routed.fields) target.setFieldError(e.field, e.message);
      setFailure(routed.general);
    },
    [t, problems],
  );

  const clearFailure = useCallback(() => setFailure(null), []);
  return { failure, clearFailure, onError };
}
