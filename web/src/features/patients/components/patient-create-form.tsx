import { Button, Checkbox, Group, NativeSelect, Paper, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useCreatePatient } from '@/features/patients/api/create-patient';
import { PatientFields } from '@/features/patients/components/patient-fields';
import { PatientLinkModal } from '@/features/patients/components/patient-link-modal';
import type { ClinicChoice, PatientCreateValues } from '@/features/patients/types';
import { emptyPatientForm, kPatientFields, toPatientCreate } from '@/features/patients/utils/patient-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { isApiError } from '@/lib/api-error';
import type { Patient } from '@/lib/api-models';
import { isLongEnough } from '@/lib/password-policy';

const kFields: readonly string[] = [...kPatientFields, 'clinic_id', 'account.username', 'account.password', 'username'];

/** A taken login name comes back as the users table's "username"; it belongs to the account. */
function formPath(field: string): string {
  return field === 'username' ? 'account.username' : field;
}

interface PatientCreateFormProps {
  /** Where the patient may be registered; a select appears when there are several. */
  clinics: readonly ClinicChoice[];
  /** Whether a clinic must be chosen (a secretary working at several clinics). */
  clinicRequired: boolean;
  onCreated: (patient: Patient) => void;
  /** The document belonged to a patient of another clinic, who was linked to `clinic` instead. */
  onLinked: (patient: Patient, clinic: ClinicChoice | null) => void;
  onCancel: () => void;
}

export function PatientCreateForm({ clinics, clinicRequired, onCreated, onLinked, onCancel }: PatientCreateFormProps) {
  const { t } = useTranslation();
  const mutation = useCreatePatient();
  const { failure, clearFailure, onError } = useApiFormErrors();
  // A 409 on the document: the patient exists in the network, so offer to link them instead.
  const [documentTaken, setDocumentTaken] = useState(false);
  const [linkOpen, setLinkOpen] = useState(false);
  const onlyClinic = clinics.length === 1 ? String(clinics[0]!.id) : '';
  const form = useForm<PatientCreateValues>({
    initialValues: emptyPatientForm(onlyClinic),
    validate: {
      first_name: (v) => (v.trim() === '' ? t('common.required') : null),
      last_name: (v) => (v.trim() === '' ? t('common.required') : null),
      document_number: (v) => (v.trim() === '' ? t('common.required') : null),
      clinic_id: (v) => (clinicRequired && v === '' ? t('patients.form.chooseClinic') : null),
      account: {
        username: (v, values) => (values.create_account && v.trim() === '' ? t('common.required') : null),
        password: (v, values) =>
          !values.create_account ? null : v === '' ? t('common.required') : isLongEnough(v) ? null : t('password.tooShort'),
      },
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    setDocumentTaken(false);
    mutation.mutate(toPatientCreate(values), {
      onSuccess: onCreated,
      onError: (error) => {
        setDocumentTaken(
          isApiError(error) && error.status === 409 && error.errors.some((e) => e.field === 'document_number'),
        );
        onError(error, {
          fields: kFields,
          setFieldError: (field, message) => form.setFieldError(formPath(field), message),
          conflicts: {
            document_number: t('patients.form.documentInNetwork'),
            username: t('patients.form.duplicateUsername'),
          },
        });
      },
    });
  });

  // Editing the document clears its error, and with it the offer.
  const linkAction =
    documentTaken && form.errors.document_number ? (
      <Button size="xs" variant="light" onClick={() => setLinkOpen(true)}>
        {t('patients.form.link')}
      </Button>
    ) : null;

  // The dialog stays outside the <form>: React bubbles its submit through the portal.
  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack maw={720}>
          <FormFailure message={failure} />
          {clinics.length > 1 && (
            <NativeSelect
              label={t('patients.form.clinic')}
              required={clinicRequired}
              data={[
                { value: '', label: t('patients.form.clinicPlaceholder') },
                ...clinics.map((c) => ({ value: String(c.id), label: c.name })),
              ]}
              {...form.getInputProps('clinic_id')}
            />
          )}
          <PatientFields form={form} documentNumberAction={linkAction} />
          <Paper withBorder p="sm">
            <Stack gap="sm">
              <Checkbox
                label={t('patients.form.createAccount')}
                description={t('patients.form.createAccountHelp')}
                {...form.getInputProps('create_account', { type: 'checkbox' })}
              />
              {form.values.create_account && (
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    label={t('patients.form.accountUsername')}
                    autoComplete="off"
                    required
                    {...form.getInputProps('account.username')}
                  />
                  <PasswordInput
                    label={t('patients.form.accountPassword')}
                    autoComplete="new-password"
                    required
                    {...form.getInputProps('account.password')}
                  />
                </SimpleGrid>
              )}
            </Stack>
          </Paper>
          <Group>
            <Button type="submit" loading={mutation.isPending}>
              {t('patients.create.submit')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      <PatientLinkModal
        opened={linkOpen}
        onClose={() => setLinkOpen(false)}
        clinics={clinics}
        prefill={{
          document_type: form.values.document_type,
          document_number: form.values.document_number,
          birth_date: form.values.birth_date,
          clinic_id: form.values.clinic_id,
        }}
        onLinked={onLinked}
      />
    </>
  );
}
