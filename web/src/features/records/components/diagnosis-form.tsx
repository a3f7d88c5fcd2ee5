import { Alert, Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useAddDiagnosis } from '@/features/records/api/add-diagnosis';
import { EntryFormActions } from '@/features/records/components/entry-form-actions';
import { Icd10Picker } from '@/features/records/components/icd10-picker';
import { useRecordFormErrors } from '@/features/records/hooks/use-record-form-errors';
import type { Diagnosis, DiagnosisFormValues, EntryFormProps } from '@/features/records/types';
import { formatIcd10Code, icd10Label } from '@/features/records/utils/icd10';
import { kEmptyDiagnosisForm, toDiagnosisCreate, translateProblems, validateDiagnosis } from '@/features/records/utils/record-forms';
import { useNotifySuccess } from '@/hooks/use-notify';

const kFields = ['code', 'text', 'chronic'];

/**
 * A new diagnosis. A code already on the problem list (active) is warned about before
 * saving, with the existing entry offered instead (`onShowExisting`).
 */
export function DiagnosisForm({
  patientId,
  context,
  onDone,
  onStale,
  problems = [],
  onShowExisting,
}: EntryFormProps & { problems?: readonly Diagnosis[]; onShowExisting?: (originalId: number) => void }) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useAddDiagnosis(patientId);
  const { failure, clearFailure, onError } = useRecordFormErrors(onStale);
  const form = useForm<DiagnosisFormValues>({
    initialValues: kEmptyDiagnosisForm,
    validate: (values) => translateProblems(validateDiagnosis(values), t),
  });

  const existing =
    form.values.code === '' ? undefined : problems.find((p) => formatIcd10Code(p.code) === formatIcd10Code(form.values.code));

  const submit = form.onSubmit((values) => {
    clearFailure();
    if (context === null) return;
    mutation.mutate(toDiagnosisCreate(values, context), {
      onSuccess: (entry) => {
        notify(t('records.done.diagnosis', { code: entry.code }));
        onDone();
      },
      onError: (error) => onError(error, kFields, form.setFieldError),
    });
  });

  return (
    <form onSubmit={submit} noValidate data-testid="diagnosis-form">
      <Stack>
        <Icd10Picker
          value={form.values.code}
          onChange={(code) => {
            form.setFieldValue('code', code);
            form.clearFieldError('code');
          }}
          error={form.errors.code}
          required
        />
        {existing && (
          <Alert color="yellow" role="status" data-testid="duplicate-diagnosis" title={t('records.duplicate.title')}>
            <Stack gap="xs">
              <span>{t('records.duplicate.body', { diagnosis: icd10Label({ code: existing.code, description: existing.code_description }) })}</span>
              {onShowExisting && (
                <Group>
                  <Button size="xs" variant="light" onClick={() => onShowExisting(existing.original_id)}>
                    {t('records.duplicate.showExisting')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Alert>
        )}
        <Textarea label={t('records.fields.diagnosisText')} autosize minRows={2} maxLength={2000} {...form.getInputProps('text')} />
        <Checkbox
          label={t('records.fields.chronic')}
          description={t('records.fields.chronicHelp')}
          {...form.getInputProps('chronic', { type: 'checkbox' })}
        />
        <FormFailure message={failure} />
        <EntryFormActions saving={mutation.isPending} disabled={context === null} onCancel={onDone} />
      </Stack>
    </form>
  );
}

