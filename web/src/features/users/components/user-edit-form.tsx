import { Alert, Button, Checkbox, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicMultiSelect } from '@/components/clinic-multi-select';
import { RoleSelect } from '@/components/role-select';
import { toUserUpdate, useUpdateUser } from '@/features/users/api/update-user';
import type { UserEditValues } from '@/features/users/types';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import type { User } from '@/lib/api-models';
import { applyFieldErrors } from '@/lib/form-errors';
import { worksAtClinics } from '@/lib/roles';

const kFields = ['full_name', 'email', 'phone', 'role', 'active', 'clinic_ids'] as const;

function valuesOf(user: User): UserEditValues {
  return {
    full_name: user.full_name,
    email: user.email ?? '',
    phone: user.phone ?? '',
    role: user.role,
    active: user.active,
    clinic_ids: [...user.clinic_ids],
  };
}

export function UserEditForm({ user }: { user: User }) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateUser(user.id);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<UserEditValues>({
    initialValues: valuesOf(user),
    validate: {
      full_name: (v) => (v.trim() === '' ? t('common.required') : null),
    },
  });

  // Follow the server's view (e.g. after "Desactivar") unless the admin is mid-edit.
  useEffect(() => {
    if (!form.isDirty()) {
      form.setValues(valuesOf(user));
      form.resetDirty(valuesOf(user));
    }
  }, [user]);

  const submit = form.onSubmit((values) => {
    setFailure(null);
    mutation.mutate(toUserUpdate(values), {
      onSuccess: (updated) => {
        form.setValues(valuesOf(updated));
        form.resetDirty(valuesOf(updated));
        notifySuccess(t('users.detail.saved'));
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
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        <TextInput label={t('users.form.fullName')} required {...form.getInputProps('full_name')} />
        <TextInput label={t('users.form.email')} type="email" {...form.getInputProps('email')} />
        <TextInput label={t('users.form.phone')} type="tel" {...form.getInputProps('phone')} />
        <RoleSelect label={t('users.form.role')} required {...form.getInputProps('role')} />
        {worksAtClinics(form.values.role) && (
          <ClinicMultiSelect
            label={t('users.form.clinics')}
            value={form.values.clinic_ids}
            onChange={(ids) => form.setFieldValue('clinic_ids', ids)}
            error={form.errors.clinic_ids}
          />
        )}
        <Checkbox label={t('users.form.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('users.detail.save')}
        </Button>
      </Stack>
    </form>
  );
}
