import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicMultiSelect } from '@/components/clinic-multi-select';
import { RoleSelect } from '@/components/role-select';
import { useCreateUser } from '@/features/users/api/create-user';
import type { UserCreateValues } from '@/features/users/types';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { isApiError } from '@/lib/api-error';
import type { User } from '@/lib/api-models';
import { applyFieldErrors } from '@/lib/form-errors';
import { isLongEnough } from '@/lib/password-policy';
import { worksAtClinics } from '@/lib/roles';

const kFields = [
  'username',
  'full_name',
  'email',
  'phone',
  'role',
  'password',
  'clinic_ids',
  'specialty',
  'license_number',
] as const;

interface UserCreateFormProps {
  onCreated: (user: User) => void;
  onCancel: () => void;
}

export function UserCreateForm({ onCreated, onCancel }: UserCreateFormProps) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const mutation = useCreateUser();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<UserCreateValues>({
    initialValues: {
      username: '',
      full_name: '',
      email: '',
      phone: '',
      role: 'secretary',
      password: '',
      clinic_ids: [],
      specialty: '',
      license_number: '',
    },
    validate: {
      username: (v) => (v.trim() === '' ? t('common.required') : null),
      full_name: (v) => (v.trim() === '' ? t('common.required') : null),
      password: (v) =>
        v === '' ? t('common.required') : isLongEnough(v) ? null : t('password.tooShort'),
    },
  });

  const submit = form.onSubmit((values) => {
    setFailure(null);
    mutation.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => {
        if (!isApiError(error)) {
          setFailure(t('common.unexpectedError'));
          return;
        }
        if (error.status === 409) {
          // A taken username, or (for a doctor) a taken license number.
          if (error.errors[0]?.field === 'license_number') {
            form.setFieldError('license_number', t('users.create.duplicateLicense'));
          } else {
            form.setFieldError('username', t('users.create.duplicate'));
          }
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
        <TextInput label={t('users.form.username')} autoComplete="off" required {...form.getInputProps('username')} />
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
        {form.values.role === 'doctor' && (
          <>
            <TextInput label={t('users.form.specialty')} {...form.getInputProps('specialty')} />
            <TextInput label={t('users.form.license')} {...form.getInputProps('license_number')} />
          </>
        )}
        <PasswordInput
          label={t('users.form.password')}
          description={t('users.passwordRule')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('users.create.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
