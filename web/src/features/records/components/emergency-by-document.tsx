import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormFailure } from '@/components/form-failure';
import { useOpenEmergencyAccessByDocument } from '@/features/records/api/open-emergency-access-by-document';
import type { EmergencyAccessByDocument } from '@/features/records/types';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { isApiError } from '@/lib/api-error';

type DocumentType = NonNullable<EmergencyAccessByDocument['document_type']>;
const kDocumentTypes: readonly DocumentType[] = ['DNI', 'LC', 'LE', 'CI', 'PASAPORTE', 'OTRO'];
const kFields = ['document_type', 'document_number', 'reason'];

/**
 * A doctor's way to the record of a patient not under their care (search shows only their
 * own patients): the document and the reason, in one step, so nothing about the patient is
 * shown before the reason is on record. The chart then opens under emergency access.
 */
export function EmergencyByDocument() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mutation = useOpenEmergencyAccessByDocument();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm<Required<EmergencyAccessByDocument>>({
    initialValues: { document_type: 'DNI', document_number: '', reason: '' },
    validate: {
      document_number: (v) => (v.trim() === '' ? t('common.required') : null),
      reason: (v) => (v.trim() === '' ? t('records.errors.reasonRequired') : null),
    },
  });

  const submit = form.onSubmit((values) => {
    clearFailure();
    setRefusal(null);
    mutation.mutate(
      { document_type: values.document_type, document_number: values.document_number.trim(), reason: values.reason.trim() },
      {
        onSuccess: (access) => void navigate(`/patients/${access.patient_id}/chart`),
        onError: (error) => {
          if (isApiError(error) && error.status === 404) setRefusal(t('records.byDocument.noPatient'));
          else if (isApiError(error) && error.status === 409) setRefusal(t('records.byDocument.underCare'));
          else onError(error, { fields: kFields, setFieldError: form.setFieldError });
        },
      },
    );
  });

  return (
    <Paper withBorder p="md" maw={640} data-testid="emergency-by-document">
      <Title order={2} size="h5" mb={4}>
        {t('records.byDocument.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('records.byDocument.help')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Group align="flex-start">
            <NativeSelect
              label={t('patients.form.documentType')}
              w={150}
              data={kDocumentTypes.map((d) => ({ value: d, label: t(`patients.documentTypes.${d}`) }))}
              {...form.getInputProps('document_type')}
            />
            <TextInput
              label={t('patients.form.documentNumber')}
              required
              w={220}
              {...form.getInputProps('document_number')}
            />
          </Group>
          <Textarea
            label={t('records.emergency.reason')}
            placeholder={t('records.emergency.reasonPlaceholder')}
            description={t('records.emergency.warning')}
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <FormFailure message={refusal ?? failure} />
          <Group>
            <Button type="submit" color="red" variant="light" loading={mutation.isPending}>
              {t('records.emergency.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
