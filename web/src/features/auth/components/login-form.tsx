import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogin } from '@/features/auth/api/login';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError, retryAfterMinutes } from '@/lib/api-error';
import type { User } from '@/lib/api-models';

interface LoginFormProps {
  onSuccess: (user: User) => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const loginMutation = useLogin();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: {
      username: (v) => (v.trim() === '' ? t('common.required') : null),
      password: (v) => (v === '' ? t('common.required') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    loginMutation.mutate(
      { username: values.username.trim(), password: values.password },
      {
        onSuccess: (response) => onSuccess(response.user),
        onError: (error) => {
          if (isApiError(error) && error.status === 401) {
            setFailure(t('auth.invalidCredentials'));
          } else if (isApiError(error) && error.status === 429) {
            setFailure(t('auth.locked', { count: retryAfterMinutes(error.retryAfterSeconds) }));
          } else if (isApiError(error) && error.status === 422) {
            for (const e of error.errors) form.setFieldError(e.field, t('common.required'));
            if (error.errors.length === 0) setFailure(problems.line(error));
          } else {
            setFailure(problems.failure(error));
          }
          form.setFieldValue('password', '');
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('auth.username')}
          autoComplete="username"
          autoFocus
          required
          {...form.getInputProps('username')}
        />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={loginMutation.isPending}>
          {t('auth.submit')}
        </Button>
      </Stack>
    </form>
  );
}
