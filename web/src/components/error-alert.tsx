import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-error';

/** Shows a failed query or mutation: the problem's title and detail, or a generic line. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert" title={isApiError(error) ? error.title : t('errors.boundaryTitle')}>
      {isApiError(error) ? error.detail : t('common.unexpectedError')}
    </Alert>
  );
}
