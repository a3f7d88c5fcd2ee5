import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { UsersList } from '@/features/users/components/users-list';

export function UsersListRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('users.title')}
      actions={
        <Button component={Link} to="/users/new">
          {t('users.new')}
        </Button>
      }
    >
      <UsersList />
    </Page>
  );
}
