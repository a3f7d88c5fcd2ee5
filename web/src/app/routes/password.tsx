import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { ChangePasswordForm } from '@/features/auth/components/change-password-form';

export function PasswordRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('password.title')}>
      <ChangePasswordForm />
    </Page>
  );
}
