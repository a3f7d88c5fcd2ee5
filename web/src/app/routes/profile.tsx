import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { MyProfile } from '@/features/patients/components/my-profile';
import { SmsMessages } from '@/features/records/components/sms-messages';

export function ProfileRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('profile.title')}>
      <MyProfile patientId={user.patient_id} />
      {/* The messages sent to them: kind, state and dates, never the text. */}
      {user.patient_id != null && <SmsMessages patientId={user.patient_id} />}
    </Page>
  );
}
