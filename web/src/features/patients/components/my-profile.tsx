import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { FormFailure } from '@/components/form-failure';
import { Loading } from '@/components/loading';
import { usePatient } from '@/features/patients/api/get-patient';
import { useUpdatePatient } from '@/features/patients/api/update-patient';
import { ContactFields } from '@/features/patients/components/patient-fields';
import type { PatientContactValues } from '@/features/patients/types';
import { patientDisplayName, patientToContact, toContactUpdate } from '@/features/patients/utils/patient-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import type { Patient } from '@/lib/api-models';

/** A patient's own record: identity read-only, contact data editable. */
export function MyProfile({ patientId }: { patientId: number | null }) {
  const { t } = useTranslation();
  if (patientId === null) return <Alert color="yellow">{t('profile.notLinked')}</Alert>;
  return <MyProfileLoaded patientId={patientId} />;
}

function MyProfileLoaded({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const patient = usePatient(patientId);
  if (patient.isPending) return <Loading />;
  if (patient.isError) return <ErrorAlert error={patient.error} />;
  const p = patient.data;
  const none = t('common.none');
  return (
    <Stack>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {patientDisplayName(p)}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid="profile-identity">
          <Text>
            <b>{t('profile.document')}:</b> {p.document_type} {p.document_number}
          </Text>
          <Text>
            <b>{t('profile.birthDate')}:</b> {p.birth_date ?? none}
          </Text>
          <Text>
            <b>{t('profile.insurer')}:</b> {p.insurer ?? none}
          </Text>
          <Text>
            <b>{t('profile.memberNumber')}:</b> {p.insurer_member_number ?? none}
          </Text>
        </SimpleGrid>
        <Text size="sm" c="dimmed" mt="sm">
          {t('profile.identityHelp')}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('profile.contactTitle')}
        </Title>
        <ContactForm key={p.id} patient={p} />
      </Paper>
    </Stack>
  );
}

function ContactForm({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const notifySuccess = useNotifySuccess();
  const mutation = useUpdatePatient(patient.id);
  const { failure, clearFailure, onError } = useApiFormErrors();
  const form = useForm<PatientContactValues>({ initialValues: patientToContact(patient) });

  const submit = form.onSubmit((values) => {
    clearFailure();
    mutation.mutate(toContactUpdate(values), {
      onSuccess: (updated) => {
        form.setValues(patientToContact(updated));
        form.resetDirty(patientToContact(updated));
        notifySuccess(t('profile.saved'));
      },
      onError: (error) =>
        onError(error, { fields: ['phone', 'email', 'address', 'sms_consent'], setFieldError: form.setFieldError }),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <FormFailure message={failure} />
        <ContactFields form={form} />
        <Button type="submit" loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('profile.save')}
        </Button>
      </Stack>
    </form>
  );
}
