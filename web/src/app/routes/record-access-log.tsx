import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { AccessLog } from '@/features/records/components/access-log';

export function RecordAccessLogRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('records.accessLog.title')}>
      <AccessLog patientId={user.patient_id ?? null} />
    </Page>
  );
}
