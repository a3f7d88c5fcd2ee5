import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ClinicNames } from '@/components/clinic-names';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useDoctors } from '@/features/doctors/api/list-doctors';
import { clinicOptions, useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';

export function DoctorsList() {
  const { t } = useTranslation();
  const clinics = useClinicsCatalog();
  const [clinicId, setClinicId] = useState('');
  const name = useDebouncedSearch();
  const specialty = useDebouncedSearch();
  const doctors = useDoctors({
    clinic_id: clinicId === '' ? undefined : Number(clinicId),
    specialty: specialty.query === '' ? undefined : specialty.query,
    q: name.query === '' ? undefined : name.query,
  });
  const items = doctors.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <Stack>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('doctors.filters.name')}
          type="search"
          w={240}
          value={name.text}
          onChange={(e) => name.setText(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('doctors.filters.clinic')}
          w={240}
          value={clinicId}
          onChange={(e) => setClinicId(e.currentTarget.value)}
          data={[{ value: '', label: t('doctors.filters.allClinics') }, ...clinicOptions(clinics.data ?? [])]}
        />
        <TextInput
          label={t('doctors.filters.specialty')}
          type="search"
          w={240}
          value={specialty.text}
          onChange={(e) => specialty.setText(e.currentTarget.value)}
        />
      </Group>
      {doctors.isPending ? (
        <Loading />
      ) : doctors.isError ? (
        <ErrorAlert error={doctors.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={600} scrollAreaProps={kKeyboardScroll}>
            <Table striped highlightOnHover data-testid="doctors-table" aria-label={t('doctors.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('doctors.columns.name')}</Table.Th>
                  <Table.Th>{t('doctors.columns.specialty')}</Table.Th>
                  <Table.Th>{t('doctors.columns.license')}</Table.Th>
                  <Table.Th>{t('doctors.columns.clinics')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={4}>
                      <Text c="dimmed">{t('doctors.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  items.map((d) => (
                    <Table.Tr key={d.id} data-testid={`doctor-row-${d.id}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/doctors/${d.id}`}>
                          {d.full_name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{d.specialty || t('common.none')}</Table.Td>
                      <Table.Td>{d.license_number ?? t('common.none')}</Table.Td>
                      <Table.Td>
                        <ClinicNames ids={d.clinic_ids} />
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {doctors.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void doctors.fetchNextPage()} loading={doctors.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
