import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useLinkPatient } from '@/features/patients/api/link-patient';
import type { ClinicChoice, PatientLinkValues } from '@/features/patients/types';
import { kDocumentTypes } from '@/features/patients/utils/patient-form';
import { linkFormValues, parseDayMonthYear, toPatientLink } from '@/features/patients/utils/patient-link';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { isApiError } from '@/lib/api-error';
import type { DocumentType, Patient } from '@/lib/api-models';

/** What another form already has typed, to start the link from. birth_date is YYYY-MM-DD. */
export interface PatientLinkPrefill {
  document_type?: DocumentType;
  document_number?: string;
  birth_date?: string;
  /** The clinic already chosen there, as the select's value. */
  clinic_id?: string;
}

interface PatientLinkModalProps {
  opened: boolean;
  onClose: () => void;
  /** The secretary's clinics; a select appears when there are several. */
  clinics: readonly ClinicChoice[];
  prefill?: PatientLinkPrefill;
  /** After a 200: the patient, now registered at `clinic` (null when the clinics are unknown). */
  onLinked: (patient: Patient, clinic: ClinicChoice | null) => void;
}

/**
 * "Vincular paciente de otra clínica": with the patient at the desk, the secretary types
 * their document and birth date; an exact match is registered at her clinic. Mantine
 * returns the focus to the button that opened it.
 */
export function PatientLinkModal({ opened, onClose, ...rest }: PatientLinkModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('patients.link.title')} centered>
      {opened && <PatientLinkForm onCancel={onClose} {...rest} />}
    </Modal>
  );
}

function PatientLinkForm({
  clinics,
  prefill = {},
  onLinked,
  onCancel,
}: Omit<PatientLinkModalProps, 'opened' | 'onClose'> & { onCancel: () => void }) {
  const { t } = useTranslation();
  const mutation = useLinkPatient();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const [notFound, setNotFound] = useState(false);
  const several = clinics.length > 1;
  const form = useForm<PatientLinkValues>({
    initialValues: linkFormValues(prefill, clinics.length === 1 ? String(clinics[0]!.id) : (prefill.clinic_id ?? '')),
    validate: {
      document_number: (v) => (v.trim() === '' ? t('common.required') : null),
      birth_date: (v) =>
        v.trim() === '' ? t('common.required') : parseDayMonthYear(v) === null ? t('patients.link.invalidDate') : null,
      clinic_id: (v) => (several && v === '' ? t('patients.form.chooseClinic') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    setNotFound(false);
    mutation.mutate(toPatientLink(values), {
      onSuccess: (patient) => {
        const chosen = clinics.find((c) => String(c.id) === values.clinic_id) ?? null;
        onLinked(patient, chosen);
      },
      onError: (error) => {
        if (isApiError(error) && error.status === 404) {
          setNotFound(true);
          return;
        }
        onError(error, {
          fields: ['document_type', 'document_number', 'birth_date', ...(several ? ['clinic_id'] : [])],
          setFieldError: form.setFieldError,
        });
      },
    });
  });

  // Pre-filled from "Nuevo paciente": the document is known, the date is what is left to type.
  const documentKnown = (prefill.document_number ?? '').trim() !== '' && !prefill.birth_date;

  return (
    <form onSubmit={submit} noValidate data-testid="patient-link-form">
      <Stack>
        <Text size="sm">{t('patients.link.explanation')}</Text>
        <FormFailure message={notFound ? t('patients.link.notFound') : failure} />
        {several && (
          <NativeSelect
            label={t('patients.form.clinic')}
            required
            data={[
              { value: '', label: t('patients.form.clinicPlaceholder') },
              ...clinics.map((c) => ({ value: String(c.id), label: c.name })),
            ]}
            {...form.getInputProps('clinic_id')}
          />
        )}
        <NativeSelect
          label={t('patients.form.documentType')}
          data={kDocumentTypes.map((d) => ({ value: d, label: t(`patients.documentTypes.${d}`) }))}
          {...form.getInputProps('document_type')}
        />
        <TextInput
          label={t('patients.form.documentNumber')}
          required
          inputMode="numeric"
          autoComplete="off"
          data-autofocus={documentKnown ? undefined : true}
          {...form.getInputProps('document_number')}
        />
        <TextInput
          label={t('patients.form.birthDate')}
          description={t('patients.link.birthDateHelp')}
          placeholder={t('patients.link.birthDateHelp')}
          required
          inputMode="numeric"
          autoComplete="off"
          data-autofocus={documentKnown ? true : undefined}
          {...form.getInputProps('birth_date')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('patients.link.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
