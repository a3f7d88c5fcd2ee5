import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { appointmentProblemMessages } from '@/features/appointments/utils/problem-messages';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError } from '@/lib/api-error';

/** A failed appointment request as one sentence in the UI language. */
export function useProblemText(): (error: unknown) => string {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('common.unexpectedError');
      return appointmentProblemMessages(error)
        .map((m) => ('key' in m ? t(m.key) : 'fieldError' in m ? problems.line(error, [m.fieldError]) : problems.line(error)))
        .join('. ');
    },
    [t, problems],
  );
}
