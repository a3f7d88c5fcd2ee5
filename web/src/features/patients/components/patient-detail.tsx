import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { NotFound } from '@/components/not-found';
import { usePatient } from '@/features/patients/api/get-patient';
import { PatientEditForm } from '@/features/patients/components/patient-edit-form';
import { patientDisplayName } from '@/features/patients/utils/patient-form';
import { isApiError } from '@/lib/api-error';
import { formatDate } from '@/lib/format';

interface PatientDetailProps {
  patientId: number;
  canEdit: boolean;
  /** Doctors get a way into the clinical chart. */
  showChart?: boolean;
}

export function PatientDetail({ patientId, canEdit, showChart = false }: PatientDetailProps) {
  const { t } = useTranslation();
  const patient = usePatient(patientId);

  if (patient.isPending) return <Loading />;
  if (patient.isError) {
    if (isApiError(patient.error) && patient.error.status === 404) return <NotFound />;
    return <ErrorAlert error={patient.error} />;
  }
  const p = patient.data;

  return (
    <Stack>
      <Anchor component={Link} to="/patients" size="sm">
        {t('patients.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} data-testid="patient-name">
            {patientDisplayName(p)}
          </Title>
          <Text c="dimmed">
            {p.document_type} {p.document_number} ·{' '}
            {t('patients.detail.createdAt', { date: formatDate(p.created_at) })}
            {p.user_id !== null && ` · ${t('patients.detail.hasAccount')}`}
          </Text>
        </div>
        {showChart && (
          <Button component={Link} to={`/patients/${p.id}/chart`}>
            {t('patients.detail.chart')}
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('patients.detail.dataTitle')}
        </Title>
        <PatientEditForm key={p.id} patient={p} readOnly={!canEdit} />
      </Paper>
    </Stack>
  );
}
