import { Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ClinicMultiSelect } from '@/components/clinic-multi-select';
import { FormFailure } from '@/components/form-failure';
import { useUpdatePractice } from '@/features/practices/api/update-practice';
import type { PracticeFormValues } from '@/features/practices/types';
import { isValidDuration, practiceToForm, toPracticeUpdate } from '@/features/practices/utils/practice-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Practice } from '@/lib/api-models';

const kFields = ['code', 'name', 'specialty', 'duration_minutes', 'active', 'clinic_ids'];

export function PracticeEditModal({ practice, onClose }: { practice: Practice | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={practice !== null}
      onClose={onClose}
      title={practice ? t('practices.edit.title', { code: practice.code }) : ''}
      size="lg"
      centered
    >
      {practice && <PracticeEditForm practice={practice} onDone={onClose} />}
    </Modal>
  );
}

function PracticeEditForm({ practice, onDone }: { practice: Practice; onDone: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdatePractice(practice.id);
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<PracticeFormValues>({
    initialValues: practiceToForm(practice),
    validate: {
      code: (v) => (v.trim() === '' ? t('common.required') : null),
      name: (v) => (v.trim() === '' ? t('common.required') : null),
      duration_minutes: (v) => (isValidDuration(v) ? null : t('practices.form.durationInvalid')),
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(toPracticeUpdate(values), {
      onSuccess: () => {
        notifySuccess(t('practices.edit.saved'));
        onDone();
      },
      onError: (error) =>
        onError(error, {
          fields: kFields,
          setFieldError: form.setFieldError,
          conflicts: { code: t('practices.form.duplicateCode') },
        }),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormFailure message={failure} />
        <TextInput label={t('practices.form.code')} required {...form.getInputProps('code')} />
        <TextInput label={t('practices.form.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('practices.form.specialty')} {...form.getInputProps('specialty')} />
        <TextInput
          label={t('practices.form.duration')}
          inputMode="numeric"
          required
          {...form.getInputProps('duration_minutes')}
        />
        <Checkbox label={t('practices.form.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
        <ClinicMultiSelect
          label={t('practices.form.clinics')}
          value={form.values.clinic_ids}
          onChange={(ids) => form.setFieldValue('clinic_ids', ids)}
          error={form.errors.clinic_ids}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('practices.edit.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
