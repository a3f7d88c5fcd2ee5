import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useAddNote } from '@/features/records/api/add-note';
import { EntryFormActions } from '@/features/records/components/entry-form-actions';
import { NoteFields } from '@/features/records/components/entry-fields';
import { useRecordFormErrors } from '@/features/records/hooks/use-record-form-errors';
import type { EntryFormProps, NoteFormValues } from '@/features/records/types';
import { kEmptyNoteForm, toNoteCreate, translateProblems, validateNote } from '@/features/records/utils/record-forms';
import { useNotifySuccess } from '@/hooks/use-notify';

const kFields = ['text', 'private'];

export function NoteForm({ patientId, context, onDone, onStale }: EntryFormProps) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useAddNote(patientId);
  const { failure, clearFailure, onError } = useRecordFormErrors(onStale);
  const form = useForm<NoteFormValues>({
    initialValues: kEmptyNoteForm,
    validate: (values) => translateProblems(validateNote(values), t),
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    if (context === null) return;
    mutation.mutate(toNoteCreate(values, context), {
      onSuccess: () => {
        notify(t('records.done.note'));
        onDone();
      },
      onError: (error) => onError(error, kFields, form.setFieldError),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="note-form">
      <Stack>
        <NoteFields form={form} />
        <FormFailure message={failure} />
        <EntryFormActions saving={mutation.isPending} disabled={context === null} onCancel={onDone} />
      </Stack>
    </form>
  );
}
