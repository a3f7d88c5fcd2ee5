import { Button, Center, Group, Loader, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useUsers } from '@/features/users/api/list-users';
import { UsersTable } from '@/features/users/components/users-table';
import type { Role } from '@/lib/api-models';
import { kRoles, roleLabelKey } from '@/lib/roles';

export function UsersList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const users = useUsers({ q: q === '' ? undefined : q, role: role === '' ? undefined : role });

  return (
    <Stack>
      <Group align="flex-end">
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={360}
        />
        <NativeSelect
          label={t('users.roleFilter')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role | '')}
          data={[{ value: '', label: t('users.anyRole') }, ...kRoles.map((r) => ({ value: r, label: t(roleLabelKey(r)) }))]}
        />
      </Group>
      {users.isPending ? (
        <Center p="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : users.isError ? (
        <ErrorAlert error={users.error} />
      ) : (
        <>
          <UsersTable users={users.data.pages.flatMap((p) => p.items)} />
          {users.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void users.fetchNextPage()}
                loading={users.isFetchingNextPage}
              >
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
