import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useCreateFloor } from '@/features/clinics/api/create-floor';
import type { FloorFormValues } from '@/features/clinics/types';
import { toFloorCreate } from '@/features/clinics/utils/clinic-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';

interface FloorCreateModalProps {
  clinicId: number;
  opened: boolean;
  onClose: () => void;
}

export function FloorCreateModal({ clinicId, opened, onClose }: FloorCreateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('clinics.floors.addTitle')} centered>
      {opened && <FloorCreateForm clinicId={clinicId} onDone={onClose} />}
    </Modal>
  );
}

function FloorCreateForm({ clinicId, onDone }: { clinicId: number; onDone: () => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useCreateFloor(clinicId);
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<FloorFormValues>({
    initialValues: { number: '', name: '' },
    validate: {
      number: (v) => (/^-?\d+$/.test(v.trim()) ? null : t('clinics.floors.numberInvalid')),
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(toFloorCreate(values), {
      onSuccess: () => {
        notifySuccess(t('clinics.floors.added'));
        onDone();
      },
      onError: (error) =>
        onError(error, {
          fields: ['number', 'name'],
          setFieldError: form.setFieldError,
          conflicts: { number: t('clinics.floors.duplicateNumber') },
        }),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormFailure message={failure} />
        <TextInput label={t('clinics.floors.number')} inputMode="numeric" required data-autofocus {...form.getInputProps('number')} />
        <TextInput label={t('clinics.floors.name')} {...form.getInputProps('name')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('clinics.floors.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
