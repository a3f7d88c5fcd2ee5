import { Button, Center, Group, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { useAuditEvents } from '@/features/audit/api/list-audit-events';
import { AuditEventsTable } from '@/features/audit/components/audit-events-table';
import { AuditFiltersForm } from '@/features/audit/components/audit-filters-form';
import { AuditVerificationPanel } from '@/features/audit/components/audit-verification';
import { kEmptyAuditFilters, type AuditFilters } from '@/features/audit/types';

export function AuditLog() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<AuditFilters>(kEmptyAuditFilters);
  const events = useAuditEvents(filters);

  return (
    <Stack>
      <AuditVerificationPanel />
      <AuditFiltersForm onApply={setFilters} />
      {events.isPending ? (
        <Center p="lg">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : (
        <>
          <AuditEventsTable entries={events.data.pages.flatMap((p) => p.items)} />
          {events.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void events.fetchNextPage()}
                loading={events.isFetchingNextPage}
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
