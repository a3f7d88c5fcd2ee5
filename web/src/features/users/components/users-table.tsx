import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import type { User } from '@/lib/api-models';
import { roleLabelKey } from '@/lib/roles';

export function UsersTable({ users }: { users: User[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={600} scrollAreaProps={kKeyboardScroll}>
      <Table striped highlightOnHover data-testid="users-table" aria-label={t('users.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.username')}</Table.Th>
            <Table.Th>{t('users.columns.fullName')}</Table.Th>
            <Table.Th>{t('users.columns.role')}</Table.Th>
            <Table.Th>{t('users.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed">{t('users.empty')}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            users.map((user) => (
              <Table.Tr key={user.id} data-testid={`user-row-${user.username}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/users/${user.id}`}>
                    {user.username}
                  </Anchor>
                </Table.Td>
                <Table.Td>{user.full_name}</Table.Td>
                <Table.Td>{t(roleLabelKey(user.role))}</Table.Td>
                <Table.Td>
                  <ActiveBadge active={user.active} />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
