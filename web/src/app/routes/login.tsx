import { Alert, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { LoginForm } from '@/features/auth/components/login-form';
import type { LoginLocationState } from '@/features/auth/types';
import { clearFlash, peekFlash } from '@/lib/flash';
import { getToken } from '@/lib/session';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  // Read during render, cleared after commit: StrictMode renders twice.
  const [expired] = useState(() => peekFlash() === 'session_expired');
  useEffect(() => clearFlash(), []);

  useEffect(() => {
    document.title = `${t('auth.loginTitle')} · ${t('app.name')}`;
  }, [t]);

  if (getToken() !== null) return <Navigate to="/" replace />;

  const from = state.from && state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380} maw="100%">
        <Stack>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Title order={1} size="h2" c="teal.8">
              {t('app.name')}
            </Title>
            <LanguageSwitch />
          </div>
          <div>
            <Title order={2} size="h4">
              {t('auth.loginTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('auth.loginSubtitle')}
            </Text>
          </div>
          {expired && (
            <Alert color="yellow" role="status">
              {t('auth.sessionExpired')}
            </Alert>
          )}
          <LoginForm onSuccess={() => void navigate(from, { replace: true })} />
        </Stack>
      </Paper>
    </Center>
  );
}
