import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError } from '@/lib/api-error';
import { routeApiError } from '@/lib/form-errors';

// Where an entry is written is chosen outside the form (the consultation or the clinic);
// errors on it belong to the form's general line.
const kContextFields: readonly string[] = ['appointment_id', 'clinic_id'];

/**
 * A record form's errors: each beside its field; those on the write context, and refusals
 * that name no field (the record closed meanwhile, a version corrected already), as one
 * line in the UI language. `onStale` runs when the chart on screen is out of date.
 */
export function useRecordFormErrors(onStale?: () => void) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const [failure, setFailure] = useState<string | null>(null);

  const onError = useCallback(
    (error: unknown, fields: readonly string[], setFieldError: (field: string, message: string) => void) => {
      if (!isApiError(error)) {
        setFailure(t('common.unexpectedError'));
        return;
      }
      if (error.status === 404 || error.status === 409) {
        onStale?.();
        setFailure(t(error.status === 404 ? 'records.errors.closed' : 'records.errors.alreadyAmended'));
        return;
      }
      if (error.status === 403) {
        setFailure(t('records.errors.forbidden'));
        return;
      }
      const routed = routeApiError(error, [...fields, ...kContextFields], problems.field, problems.line);
      const general: string[] = [];
      for (const e of routed.fields) {
        if (kContextFields.includes(e.field)) general.push(e.message);
        else setFieldError(e.field, e.message);
      }
      if (general.length > 0) onStale?.();
      if (routed.general) general.push(routed.general);
      setFailure(general.length > 0 ? general.join('. ') : null);
    },
    [t, problems, onStale],
  );

  const clearFailure = useCallback(() => setFailure(null), []);
  return { failure, clearFailure, onError };
}
