import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useUpdatePatient } from '@/features/patients/api/update-patient';
import { PatientFields } from '@/features/patients/components/patient-fields';
import type { PatientFormValues } from '@/features/patients/types';
import { kPatientFields, patientToForm, toPatientUpdate } from '@/features/patients/utils/patient-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Patient } from '@/lib/api-models';

/** The whole record; `readOnly` for roles that may see it but not change it. */
export function PatientEditForm({ patient, readOnly }: { patient: Patient; readOnly: boolean }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdatePatient(patient.id);
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<PatientFormValues>({
    initialValues: patientToForm(patient),
    validate: {
      first_name: (v) => (v.trim() === '' ? t('common.required') : null),
      last_name: (v) => (v.trim() === '' ? t('common.required') : null),
      document_number: (v) => (v.trim() === '' ? t('common.required') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(toPatientUpdate(values), {
      onSuccess: (updated) => {
        // Show what the server stored (e.g. the phone in E.164).
        form.setValues(patientToForm(updated));
        form.resetDirty(patientToForm(updated));
        notifySuccess(t('patients.detail.saved'));
      },
      onError: (error) =>
        onError(error, {
          fields: kPatientFields,
          setFieldError: form.setFieldError,
          conflicts: { document_number: t('patients.form.duplicateDocument') },
        }),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack maw={720}>
          <FormFailure message={failure} />
          <PatientFields form={form} />
          {!readOnly && (
            <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
              {t('patients.detail.save')}
            </Button>
          )}
        </Stack>
      </fieldset>
    </form>
  );
}
