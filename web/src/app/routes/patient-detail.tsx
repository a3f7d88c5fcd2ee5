import { useTranslation } from 'react-i18next';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { PatientAppointments } from '@/features/appointments/components/patient-appointments';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PatientDetail } from '@/features/patients/components/patient-detail';
import { SmsMessages } from '@/features/records/components/sms-messages';
import { useRouteId } from '@/hooks/use-route-id';
import { canEditPatients, canManageAppointments, canOpenCharts } from '@/lib/navigation';

export function PatientDetailRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const id = useRouteId();
  if (id === null) return <NotFound />;
  return (
    <Page title={t('patients.detail.title')}>
      <PatientDetail patientId={id} canEdit={canEditPatients(user.role)} showChart={canOpenCharts(user.role)} />
      <PatientAppointments key={id} patientId={id} canBook={canManageAppointments(user.role)} clinicIds={user.clinic_ids} />
      {/* The front desk's view of this patient's outbox (doctors see it in the chart). */}
      {(user.role === 'secretary' || user.role === 'admin') && <SmsMessages patientId={id} />}
    </Page>
  );
}
