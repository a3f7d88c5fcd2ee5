import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { WelcomeCard } from '@/features/home/components/welcome-card';
import { usePatientRecord } from '@/features/records/api/get-record';
import { AdminDashboard, DoctorDashboard, SecretaryDashboard } from '@/features/reports/components/dashboards';
import { formatDateTime } from '@/lib/format';

/** The patient's next turno and active treatments. */
function PatientDashboard({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const from = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const appointments = useAppointments({ patient_id: patientId, from });
  const next = appointments.data?.items.find((a) => a.status !== 'cancelled' && a.status !== 'no_show');
  const record = usePatientRecord(patientId);
  const treatments = (record.data?.treatments ?? []).filter((tr) => !tr.end_date || tr.end_date >= from.slice(0, 10));
  return (
    <Stack>
      <Card withBorder padding="md">
        <Title order={3} size="h4">
          {t('reports.dashboard.nextAppointment')}
        </Title>
        <Text>{next ? formatDateTime(next.start) : t('reports.dashboard.noAppointment')}</Text>
      </Card>
      <Card withBorder padding="md">
        <Title order={3} size="h4">
          {t('reports.dashboard.activeTreatments')}
        </Title>
        {treatments.length === 0 ? (
          <Text c="dimmed">{t('reports.dashboard.noTreatments')}</Text>
        ) : (
          treatments.map((tr) => <Text key={tr.id}>{[tr.description, tr.dose, tr.frequency].filter(Boolean).join(' · ')}</Text>)
        )}
      </Card>
    </Stack>
  );
}

/** Inicio: a greeting, then each role's dashboard. */
export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('nav.home')}>
      <WelcomeCard user={user} />
      {user.role === 'admin' && <AdminDashboard />}
      {user.role === 'secretary' && <SecretaryDashboard />}
      {user.role === 'doctor' && <DoctorDashboard />}
      {user.role === 'patient' && user.patient_id ? <PatientDashboard patientId={user.patient_id} /> : null}
    </Page>
  );
}
