import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ActiveBadge } from '@/components/active-badge';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useClinics } from '@/features/clinics/api/list-clinics';
import type { ClinicListFilters } from '@/features/clinics/types';
import { formatPhone, timeZoneCity } from '@/lib/format';

const kStates = { all: undefined, active: true, inactive: false } as const;
type StateFilter = keyof typeof kStates;

export function ClinicsList() {
  const { t } = useTranslation();
  const [state, setState] = useState<StateFilter>('all');
  const filters: ClinicListFilters = { active: kStates[state] };
  const clinics = useClinics(filters);

  return (
    <Stack>
      <NativeSelect
        label={t('clinics.stateFilter')}
        maw={220}
        value={state}
        onChange={(e) => setState(e.currentTarget.value as StateFilter)}
        data={[
          { value: 'all', label: t('clinics.states.all') },
          { value: 'active', label: t('clinics.states.active') },
          { value: 'inactive', label: t('clinics.states.inactive') },
        ]}
      />
      {clinics.isPending ? (
        <Loading />
      ) : clinics.isError ? (
        <ErrorAlert error={clinics.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={600} scrollAreaProps={kKeyboardScroll}>
            <Table striped highlightOnHover data-testid="clinics-table" aria-label={t('clinics.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('clinics.columns.name')}</Table.Th>
                  <Table.Th>{t('clinics.columns.address')}</Table.Th>
                  <Table.Th>{t('clinics.columns.phone')}</Table.Th>
                  <Table.Th>{t('clinics.columns.timezone')}</Table.Th>
                  <Table.Th>{t('clinics.columns.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {clinics.data.pages.flatMap((p) => p.items).length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed">{t('clinics.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  clinics.data.pages
                    .flatMap((p) => p.items)
                    .map((clinic) => (
                      <Table.Tr key={clinic.id} data-testid={`clinic-row-${clinic.id}`}>
                        <Table.Td>
                          <Anchor component={Link} to={`/clinics/${clinic.id}`}>
                            {clinic.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{clinic.address}</Table.Td>
                        <Table.Td>{clinic.phone ? formatPhone(clinic.phone) : t('common.none')}</Table.Td>
                        <Table.Td>{timeZoneCity(clinic.timezone)}</Table.Td>
                        <Table.Td>
                          <ActiveBadge active={clinic.active} />
                        </Table.Td>
                      </Table.Tr>
                    ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {clinics.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void clinics.fetchNextPage()} loading={clinics.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
