import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { TodayList } from '@/features/appointments/components/today-list';

export function TodayRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('appointments.today.title')}>
      <TodayList />
    </Page>
  );
}
