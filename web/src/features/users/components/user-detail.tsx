import { Anchor, Center, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { ErrorAlert } from '@/components/error-alert';
import { NotFound } from '@/components/not-found';
import { useUser } from '@/features/users/api/get-user';
import { DeactivateUserButton } from '@/features/users/components/deactivate-user-button';
import { UserEditForm } from '@/features/users/components/user-edit-form';
import { UserPasswordForm } from '@/features/users/components/user-password-form';
import { isApiError } from '@/lib/api-error';
import { roleLabelKey } from '@/lib/roles';
import { formatDate } from '@/lib/format';

export function UserDetail({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const user = useUser(userId);

  if (user.isPending) {
    return (
      <Center p="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (user.isError) {
    if (isApiError(user.error) && user.error.status === 404) return <NotFound />;
    return <ErrorAlert error={user.error} />;
  }

  const u = user.data;
  return (
    <Stack>
      <Anchor component={Link} to="/users" size="sm">
        {t('users.detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{u.full_name}</Title>
          <Text c="dimmed">
            {u.username} · {t(roleLabelKey(u.role))} ·{' '}
            {t('users.detail.createdAt', {
              date: formatDate(u.created_at),
            })}
          </Text>
        </div>
        <Group>
          <ActiveBadge active={u.active} />
          <DeactivateUserButton user={u} />
        </Group>
      </Group>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('users.detail.dataTitle')}
        </Title>
        <UserEditForm key={u.id} user={u} />
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('users.detail.passwordTitle')}
        </Title>
        <Divider mb="sm" />
        <UserPasswordForm userId={u.id} />
      </Paper>
    </Stack>
  );
}
