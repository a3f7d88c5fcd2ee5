import { Alert, Center, Loader } from '@mantine/core';
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useMe } from '@/features/auth/api/get-me';
import { CurrentUserContext } from '@/features/auth/hooks/use-current-user';
import type { LoginLocationState } from '@/features/auth/types';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError } from '@/lib/api-error';
import { getToken } from '@/lib/session';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const location = useLocation();
  const me = useMe();
  // Keeps the last user while sign-out navigates away and clears the cache.
  const lastUser = useRef(me.data ?? null);
  if (me.data) lastUser.current = me.data;

  if (getToken() === null) {
    const state: LoginLocationState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  if (me.isPending && !lastUser.current) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (me.isError && !lastUser.current) {
    // A 401 is already being handled by the API client (redirect to /login).
    if (isApiError(me.error) && me.error.status === 401) return null;
    return (
      <Center h="100vh">
        <Alert color="red" title={t('errors.boundaryTitle')}>
          {problems.failure(me.error)}
        </Alert>
      </Center>
    );
  }
  return <CurrentUserContext.Provider value={lastUser.current}>{children}</CurrentUserContext.Provider>;
}
