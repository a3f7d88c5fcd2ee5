import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { MyAppointments } from '@/features/appointments/components/my-appointments';

export function MyAppointmentsRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('appointments.mine.title')}>
      <MyAppointments />
    </Page>
  );
}
