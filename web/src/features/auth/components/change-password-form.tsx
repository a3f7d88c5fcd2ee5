import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '@/features/auth/api/change-password';
import {
  validatePasswordChange,
  type PasswordChangeValues,
} from '@/features/auth/utils/password-rules';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import { applyFieldErrors } from '@/lib/form-errors';

const kFields = ['current_password', 'new_password'] as const;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const notifySuccess = useNotifySuccess();
  const mutation = useChangePassword();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<PasswordChangeValues>({
    initialValues: { current_password: '', new_password: '', repeat_password: '' },
    validate: (values) => {
      const errors = validatePasswordChange(values);
      return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, t(key)]));
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    mutation.mutate(
      { current_password: values.current_password, new_password: values.new_password },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t('password.success'));
        },
        onError: (error) => {
          if (!isApiError(error)) {
            setFailure(t('common.unexpectedError'));
            return;
          }
          const rest = applyFieldErrors(error, kFields, form.setFieldError, fieldMessage);
          if (error.errors.length === 0 || rest.length > 0) {
            setFailure(problems.line(error, rest));
          }
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={420}>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('current_password')}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('users.passwordRule')}
          autoComplete="new-password"
          required
          {...form.getInputProps('new_password')}
        />
        <PasswordInput
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeat_password')}
        />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
