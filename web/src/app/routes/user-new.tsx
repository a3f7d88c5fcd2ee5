import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '@/components/page';
import { UserCreateForm } from '@/features/users/components/user-create-form';
import { useNotifySuccess } from '@/hooks/use-notify';

export function UserNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notifySuccess = useNotifySuccess();
  return (
    <Page title={t('users.create.title')}>
      <UserCreateForm
        onCreated={(user) => {
          notifySuccess(t('users.create.success'));
          void navigate('/users', { state: { created: user } });
        }}
        onCancel={() => void navigate('/users')}
      />
    </Page>
  );
}
