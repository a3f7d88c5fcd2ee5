import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { WelcomeCard } from '@/features/home/components/welcome-card';
import { useTranslation } from 'react-i18next';

export function HomeRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page title={t('nav.home')}>
      <WelcomeCard user={user} />
    </Page>
  );
}
