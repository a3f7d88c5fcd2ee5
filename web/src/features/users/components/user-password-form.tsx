import { Alert, Button, Group, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '@/features/users/api/update-user';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import { isLongEnough } from '@/lib/password-policy';

/** An admin sets another user's password (PATCH {password}); the server ends their sessions. */
export function UserPasswordForm({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateUser(userId);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: {
      password: (v) =>
        v === '' ? t('common.required') : isLongEnough(v) ? null : t('password.tooShort'),
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    mutation.mutate(
      { password: values.password },
      {
        onSuccess: () => {
          form.reset();
          notifySuccess(t('users.detail.passwordSet'));
        },
        onError: (error) => {
          const e = isApiError(error) ? error.errors.find((f) => f.field === 'password') : undefined;
          if (e) form.setFieldError('password', fieldMessage('password', e.message, e.code));
          else setFailure(problems.failure(error));
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      {failure && (
        <Alert color="red" role="alert" mb="sm">
          {failure}
        </Alert>
      )}
      <Group align="flex-start">
        <PasswordInput
          label={t('users.detail.newPassword')}
          description={t('users.passwordRule')}
          autoComplete="new-password"
          w={280}
          {...form.getInputProps('password')}
        />
        <Button type="submit" mt={25} loading={mutation.isPending}>
          {t('users.detail.setPassword')}
        </Button>
      </Group>
    </form>
  );
}
