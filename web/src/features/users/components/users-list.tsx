import { Button, Center, Group, Loader, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useUsers } from '@/features/users/api/list-users';
import { UsersTable } from '@/features/users/components/users-table';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import type { Role, User } from '@/lib/api-models';
import { kRoles, roleLabelKey } from '@/lib/roles';

export function UsersList() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [role, setRole] = useState<Role | ''>('');
  const [clinic, setClinic] = useState('');
  const clinics = useClinicsCatalog();
  const users = useUsers({
    q: q === '' ? undefined : q,
    role: role === '' ? undefined : role,
    clinic_id: clinic === '' ? undefined : Number(clinic),
  });
  // The list runs oldest first, so a user just created is on its last page: show them on top.
  const created = (useLocation().state as { created?: User } | null)?.created;
  const listed = users.data?.pages.flatMap((p) => p.items) ?? [];
  const shown = created && !listed.some((u) => u.id === created.id) && matches(created, q, role, clinic) ? [created, ...listed] : listed;

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
        <NativeSelect
          label={t('users.clinicFilter')}
          value={clinic}
          onChange={(e) => setClinic(e.currentTarget.value)}
          data={[
            { value: '', label: t('users.anyClinic') },
            ...(clinics.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
          ]}
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
          <UsersTable users={shown} />
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

/** Whether a user passes the list's filters (the one just created is shown only if so). */
function matches(user: User, q: string, role: Role | '', clinic: string): boolean {
  const text = q.toLowerCase();
  if (text !== '' && !user.username.toLowerCase().includes(text) && !user.full_name.toLowerCase().includes(text)) return false;
  if (role !== '' && user.role !== role) return false;
  return clinic === '' || user.clinic_ids.includes(Number(clinic));
}
