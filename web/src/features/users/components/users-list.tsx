import { Button, Center, Group, Loader, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useUsers } from '@/features/users/api/list-users';
import { UsersTable } from '@/features/users/components/users-table';

export function UsersList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const users = useUsers({ q: q === '' ? undefined : q });

  return (
    <Stack>
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={360}
      />
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
