import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PracticesBrowser } from '@/features/practices/components/practices-browser';
import { canManageDirectory } from '@/lib/navigation';

export function PracticesRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('practices.title')}>
      <PracticesBrowser canManage={canManageDirectory(user.role)} />
    </Page>
  );
}
