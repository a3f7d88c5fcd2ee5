import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { MyRecord } from '@/features/records/components/my-record';

export function MyRecordRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('records.mine.title')}>
      <MyRecord patientId={user.patient_id ?? null} />
    </Page>
  );
}
