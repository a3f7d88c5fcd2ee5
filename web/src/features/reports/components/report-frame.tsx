import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadReportCsv } from '@/features/reports/api/get-report';
import type { ReportFilters, ReportName } from '@/features/reports/types';
import { formatDateTime } from '@/lib/format';

/** A report's state line (as of, loading, error) and its "Descargar CSV" and "Imprimir" buttons. */
export function ReportFrame({
  name,
  filters,
  asOf,
  isLoading,
  error,
  children,
}: {
  name: ReportName;
  filters: ReportFilters;
  asOf: string | undefined;
  isLoading: boolean;
  error: unknown;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  return (
    <Stack gap="md">
      <Group justify="space-between" className="hp-no-print">
        <Text size="sm" c="dimmed">
          {asOf ? t('reports.asOf', { when: formatDateTime(asOf) }) : ''}
        </Text>
        <Group>
          <Button
            variant="light"
            onClick={() => {
              setFailed(false);
              downloadReportCsv(name, filters).catch(() => setFailed(true));
            }}
          >
            {t('reports.downloadCsv')}
          </Button>
          <Button variant="subtle" onClick={() => window.print()}>
            {t('reports.print')}
          </Button>
        </Group>
      </Group>
      {failed && <Alert color="red">{t('reports.csvFailed')}</Alert>}
      {error ? <Alert color="red">{t('reports.failed')}</Alert> : null}
      {isLoading ? <Loader /> : children}
    </Stack>
  );
}
