import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { MyProfile } from '@/features/patients/components/my-profile';

export function ProfileRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('profile.title')}>
      <MyProfile patientId={user.patient_id} />
    </Page>
  );
}
