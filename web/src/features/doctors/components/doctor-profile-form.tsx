import { Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ClinicMultiSelect } from '@/components/clinic-multi-select';
import { FormFailure } from '@/components/form-failure';
import { useUpdateDoctor } from '@/features/doctors/api/update-doctor';
import type { DoctorProfileValues } from '@/features/doctors/types';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Doctor } from '@/lib/api-models';

const kFields = ['specialty', 'license_number', 'clinic_ids'];

export function DoctorProfileForm({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdateDoctor(doctor.id);
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<DoctorProfileValues>({
    initialValues: {
      specialty: doctor.specialty,
      license_number: doctor.license_number ?? '',
      clinic_ids: [...doctor.clinic_ids],
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(values, {
      onSuccess: () => {
        form.resetDirty();
        notifySuccess(t('doctors.profile.saved'));
      },
      onError: (error) =>
        onError(error, {
          fields: kFields,
          setFieldError: form.setFieldError,
          conflicts: { license_number: t('doctors.profile.duplicateLicense') },
        }),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <FormFailure message={failure} />
        <TextInput label={t('doctors.profile.specialty')} {...form.getInputProps('specialty')} />
        <TextInput label={t('doctors.profile.license')} {...form.getInputProps('license_number')} />
        <ClinicMultiSelect
          label={t('doctors.profile.clinics')}
          value={form.values.clinic_ids}
          onChange={(ids) => form.setFieldValue('clinic_ids', ids)}
          error={form.errors.clinic_ids}
        />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('doctors.profile.save')}
        </Button>
      </Stack>
    </form>
  );
}
