import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useAddAllergy } from '@/features/records/api/add-allergy';
import { EntryFormActions } from '@/features/records/components/entry-form-actions';
import { AllergyFields } from '@/features/records/components/entry-fields';
import { useRecordFormErrors } from '@/features/records/hooks/use-record-form-errors';
import type { EntryFormProps, AllergyFormValues } from '@/features/records/types';
import { kEmptyAllergyForm, toAllergyCreate, translateProblems, validateAllergy } from '@/features/records/utils/record-forms';
import { useNotifySuccess } from '@/hooks/use-notify';

const kFields = ['substance', 'reaction', 'severity'];

export function AllergyForm({ patientId, context, onDone, onStale }: EntryFormProps) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useAddAllergy(patientId);
  const { failure, clearFailure, onError } = useRecordFormErrors(onStale);
  const form = useForm<AllergyFormValues>({
    initialValues: kEmptyAllergyForm,
    validate: (values) => translateProblems(validateAllergy(values), t),
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    if (context === null) return;
    mutation.mutate(toAllergyCreate(values, context), {
      onSuccess: () => {
        notify(t('records.done.allergy'));
        onDone();
      },
      onError: (error) => onError(error, kFields, form.setFieldError),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="allergy-form">
      <Stack>
        <AllergyFields form={form} />
        <FormFailure message={failure} />
        <EntryFormActions saving={mutation.isPending} disabled={context === null} onCancel={onDone} />
      </Stack>
    </form>
  );
}
