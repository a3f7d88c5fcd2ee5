import { Button, Group, Loader, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { usePatients } from '@/features/patients/api/list-patients';
import { PatientsTable } from '@/features/patients/components/patients-table';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';

/** Results follow the search box as the user types (one request per pause). */
export function PatientSearch() {
  const { t } = useTranslation();
  const search = useDebouncedSearch();
  const patients = usePatients(search.query);
  const searching = patients.isFetching && !patients.isFetchingNextPage;

  return (
    <Stack>
      <TextInput
        label={t('patients.search')}
        placeholder={t('patients.searchPlaceholder')}
        type="search"
        maw={420}
        autoFocus
        value={search.text}
        onChange={(e) => search.setText(e.currentTarget.value)}
        rightSection={searching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      />
      {patients.isPending ? (
        <Loading />
      ) : patients.isError ? (
        <ErrorAlert error={patients.error} />
      ) : (
        <>
          <PatientsTable patients={patients.data.pages.flatMap((p) => p.items)} />
          {patients.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void patients.fetchNextPage()}
                loading={patients.isFetchingNextPage}
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
