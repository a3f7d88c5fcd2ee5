import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { DoctorsList } from '@/features/doctors/components/doctors-list';

export function DoctorsListRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('doctors.title')}>
      <DoctorsList />
    </Page>
  );
}
