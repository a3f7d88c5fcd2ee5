import { Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useAddTreatment } from '@/features/records/api/add-treatment';
import { EntryFormActions } from '@/features/records/components/entry-form-actions';
import { TreatmentFields } from '@/features/records/components/entry-fields';
import { useRecordFormErrors } from '@/features/records/hooks/use-record-form-errors';
import type { Diagnosis, EntryFormProps, TreatmentFormValues } from '@/features/records/types';
import { emptyTreatmentForm, localDate, toTreatmentCreate, translateProblems, validateTreatment } from '@/features/records/utils/record-forms';
import { useNotifySuccess } from '@/hooks/use-notify';

const kFields = ['description', 'dose', 'frequency', 'start_date', 'end_date', 'diagnosis_id', 'follow_up_days'];

interface TreatmentFormProps extends EntryFormProps {
  /** The problem list, to choose the diagnosis treated. */
  diagnoses: readonly Diagnosis[];
  /** Chosen already (the form was opened from that diagnosis). */
  diagnosisId?: number | null;
}

export function TreatmentForm({ patientId, context, onDone, onStale, diagnoses, diagnosisId = null }: TreatmentFormProps) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useAddTreatment(patientId);
  const { failure, clearFailure, onError } = useRecordFormErrors(onStale);
  const form = useForm<TreatmentFormValues>({
    initialValues: emptyTreatmentForm(localDate(), diagnosisId ?? (diagnoses.length === 1 ? diagnoses[0]!.original_id : null)),
    validate: (values) => translateProblems(validateTreatment(values), t),
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    if (context === null) return;
    mutation.mutate(toTreatmentCreate(values, context), {
      onSuccess: () => {
        notify(t('records.done.treatment'));
        onDone();
      },
      onError: (error) => onError(error, kFields, form.setFieldError),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="treatment-form">
      <Stack>
        <TreatmentFields form={form} diagnoses={diagnoses} />
        <FormFailure message={failure} />
        <EntryFormActions saving={mutation.isPending} disabled={context === null} onCancel={onDone} />
      </Stack>
    </form>
  );
}
