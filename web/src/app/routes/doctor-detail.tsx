import { useTranslation } from 'react-i18next';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { DoctorProfile } from '@/features/doctors/components/doctor-profile';
import { useRouteId } from '@/hooks/use-route-id';
import { canManageDirectory } from '@/lib/navigation';

export function DoctorDetailRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const id = useRouteId();
  if (id === null) return <NotFound />;
  return (
    <Page title={t('doctors.profile.pageTitle')}>
      <DoctorProfile doctorId={id} canManage={canManageDirectory(user.role)} />
    </Page>
  );
}
