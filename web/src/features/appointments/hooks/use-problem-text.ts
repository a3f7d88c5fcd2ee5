import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { appointmentProblemMessages } from '@/features/appointments/utils/problem-messages';
import { isApiError } from '@/lib/api-error';

/** A failed appointment request as one sentence in the UI language. */
export function useProblemText(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('common.unexpectedError');
      return appointmentProblemMessages(error)
        .map((m) => ('key' in m ? t(m.key) : m.text))
        .join('. ');
    },
    [t],
  );
}
