import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ClinicDetail } from '@/features/clinics/components/clinic-detail';
import { useRouteId } from '@/hooks/use-route-id';
import { NotFound } from '@/components/not-found';
import { canManageDirectory } from '@/lib/navigation';

export function ClinicDetailRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const id = useRouteId();
  if (id === null) return <NotFound />;
  return (
    <Page title={t('clinics.detail.title')}>
      <ClinicDetail clinicId={id} canManage={canManageDirectory(user.role)} />
    </Page>
  );
}
