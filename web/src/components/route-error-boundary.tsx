import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '@/components/not-found';

/**
 * The errorElement of each route area: a crash in one area leaves the shell and the
 * other areas usable.
 */
export function RouteErrorBoundary() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <Stack p="md" align="flex-start">
      <Alert color="red" role="alert" title={t('errors.boundaryTitle')}>
        {t('errors.boundaryBody')}
      </Alert>
      <Button variant="default" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </Button>
    </Stack>
  );
}
