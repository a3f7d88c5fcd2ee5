import { BarChart, LineChart } from '@mantine/charts';
import { Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReport } from '@/features/reports/api/get-report';
import { ReportFrame } from '@/features/reports/components/report-frame';
import type { ReportFilters, RoomOccupancyReport } from '@/features/reports/types';
import { formatNumber, formatPercent } from '@/features/reports/utils/format';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

const kWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekday × hour: each cell coloured by its occupancy, its figure inside. */
function Heatmap({ cells }: { cells: RoomOccupancyReport['heatmap'] }) {
  const { t } = useTranslation();
  if (cells.length === 0) return <Text c="dimmed">{t('reports.empty')}</Text>;
  const hours = [...new Set(cells.map((c) => c.hour))].sort((a, b) => a - b);
  const at = (weekday: number, hour: number) => cells.find((c) => c.weekday === weekday && c.hour === hour);
  return (
    <Table withTableBorder aria-label={t('reports.occupancy.heatmap')} style={{ tableLayout: 'fixed' }}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('reports.occupancy.weekday')}</Table.Th>
          {hours.map((h) => (
            <Table.Th key={h}>{`${h}h`}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {kWeekdays.map((w) => (
          <Table.Tr key={w}>
            <Table.Th>{t(`reports.weekdays.${w}`)}</Table.Th>
            {hours.map((h) => {
              const cell = at(w, h);
              const ratio = Math.min(cell?.occupancy ?? 0, 1);
              return (
                <Table.Td
                  key={h}
                  title={cell ? `${formatNumber(cell.booked_minutes)} / ${formatNumber(cell.open_minutes)} min` : ''}
                  style={{ background: cell ? `rgba(34, 139, 230, ${0.1 + ratio * 0.8})` : undefined, fontSize: 11 }}
                >
                  {cell ? formatPercent(cell.occupancy) : ''}
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Room occupancy: by clinic (bars), over time (lines, with a grouping), weekday × hour, and the rooms' table. */
export function OccupancyReport({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const report = useReport('room-occupancy', filters);
  const data = report.data;
  const catalog = useClinicsCatalog();
  const clinicName = (id: number) => catalog.data?.find((c) => c.id === id)?.name ?? String(id);
  // One clinic: its rooms; the whole network: its clinics (600 rooms would not read).
  const bars =
    filters.clinicId === null
      ? (data?.clinics ?? []).map((c) => ({ name: clinicName(c.clinic_id), booked: c.booked_minutes, used: c.used_minutes }))
      : (data?.items ?? []).map((i) => ({ name: i.room_code, booked: i.booked_minutes, used: i.used_minutes }));
  return (
    <ReportFrame name="room-occupancy" filters={filters} asOf={data?.as_of} isLoading={report.isLoading} error={report.error}>
      {data && (
        <>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {filters.clinicId === null ? t('reports.occupancy.byClinic') : t('reports.occupancy.byRoom')}
            </Title>
            <BarChart
              h={260}
              data={bars}
              dataKey="name"
              valueFormatter={(v) => formatNumber(v)}
              series={[
                { name: 'booked', label: t('reports.occupancy.booked'), color: 'blue.6' },
                { name: 'used', label: t('reports.occupancy.used'), color: 'teal.6' },
              ]}
            />
          </Paper>
          {data.series && data.series.length > 0 && (
            <Paper withBorder p="md">
              <Title order={3} size="h4">
                {t('reports.series')}
              </Title>
              <LineChart
                h={220}
                data={data.series.map((p) => ({ period: p.period, occupancy: (p.occupancy ?? 0) * 100 }))}
                dataKey="period"
                valueFormatter={(v) => `${formatNumber(v)} %`}
                series={[{ name: 'occupancy', label: t('reports.occupancy.occupancy'), color: 'blue.6' }]}
              />
            </Paper>
          )}
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t('reports.occupancy.heatmap')}
            </Title>
            <Heatmap cells={data.heatmap} />
          </Paper>
          <Table striped withTableBorder aria-label={t('reports.occupancy.rooms')} data-testid="occupancy-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.occupancy.clinic')}</Table.Th>
                <Table.Th>{t('reports.occupancy.floor')}</Table.Th>
                <Table.Th>{t('reports.occupancy.room')}</Table.Th>
                <Table.Th>{t('reports.occupancy.open')}</Table.Th>
                <Table.Th>{t('reports.occupancy.booked')}</Table.Th>
                <Table.Th>{t('reports.occupancy.used')}</Table.Th>
                <Table.Th>{t('reports.occupancy.occupancy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.room_id}>
                  <Table.Td>{clinicName(i.clinic_id)}</Table.Td>
                  <Table.Td>{i.floor_number}</Table.Td>
                  <Table.Td>{i.room_code}</Table.Td>
                  <Table.Td>{formatNumber(i.open_minutes)}</Table.Td>
                  <Table.Td>{formatNumber(i.booked_minutes)}</Table.Td>
                  <Table.Td>{formatNumber(i.used_minutes)}</Table.Td>
                  <Table.Td>{formatPercent(i.occupancy)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ReportFrame>
  );
}
