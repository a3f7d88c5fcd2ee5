import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useCreateNomenclator } from '@/features/practices/api/create-nomenclator';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Nomenclator } from '@/lib/api-models';

interface NomenclatorCreateModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (nomenclator: Nomenclator) => void;
}

export function NomenclatorCreateModal({ opened, onClose, onCreated }: NomenclatorCreateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('practices.nomenclators.newTitle')} centered>
      {opened && <NomenclatorCreateForm onCancel={onClose} onCreated={onCreated} />}
    </Modal>
  );
}

function NomenclatorCreateForm({ onCancel, onCreated }: { onCancel: () => void; onCreated: (n: Nomenclator) => void }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useCreateNomenclator();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm({
    initialValues: { name: '', version: '' },
    validate: { name: (v) => (v.trim() === '' ? t('common.required') : null) },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(
      { name: values.name.trim(), version: values.version.trim() },
      {
        onSuccess: (nomenclator) => {
          notifySuccess(t('practices.nomenclators.created'));
          onCreated(nomenclator);
        },
        onError: (error) =>
          onError(error, {
            fields: ['name', 'version'],
            setFieldError: form.setFieldError,
            conflicts: { name: t('practices.nomenclators.duplicate') },
          }),
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormFailure message={failure} />
        <TextInput label={t('practices.nomenclators.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('practices.nomenclators.version')} {...form.getInputProps('version')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('practices.nomenclators.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
