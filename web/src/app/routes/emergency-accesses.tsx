import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { EmergencyAccessReport } from '@/features/audit/components/emergency-access-report';

export function EmergencyAccessesRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('audit.emergencyReport.title')}>
      <EmergencyAccessReport />
    </Page>
  );
}
