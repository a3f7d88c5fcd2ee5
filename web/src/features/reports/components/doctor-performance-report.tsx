import { BarChart, LineChart } from '@mantine/charts';
import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReport } from '@/features/reports/api/get-report';
import { ReportFrame } from '@/features/reports/components/report-frame';
import type { ReportFilters } from '@/features/reports/types';
import { formatNumber, formatPercent } from '@/features/reports/utils/format';

/** Doctor performance: turnos by state per doctor (bars), a series, and the doctors' table. */
export function DoctorPerformanceReport({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const report = useReport('doctor-performance', filters);
  const data = report.data;
  return (
    <ReportFrame name="doctor-performance" filters={filters} asOf={data?.as_of} isLoading={report.isLoading} error={report.error}>
      {data && (
        <>
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t('reports.doctors.byStatus')}
            </Title>
            <BarChart
              h={280}
              type="stacked"
              data={data.items.map((i) => ({ doctor: i.doctor_name, ...i.by_status }))}
              dataKey="doctor"
              series={[
                { name: 'finished', label: t('reports.status.finished'), color: 'teal.6' },
                { name: 'registered', label: t('reports.status.registered'), color: 'gray.5' },
                { name: 'confirmed', label: t('reports.status.confirmed'), color: 'blue.5' },
                { name: 'cancelled', label: t('reports.status.cancelled'), color: 'orange.5' },
                { name: 'no_show', label: t('reports.status.no_show'), color: 'red.6' },
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
                data={data.series}
                dataKey="period"
                series={[
                  { name: 'appointments', label: t('reports.doctors.appointments'), color: 'blue.6' },
                  { name: 'no_show', label: t('reports.status.no_show'), color: 'red.6' },
                ]}
              />
            </Paper>
          )}
          <Table striped withTableBorder aria-label={t('reports.doctors.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.doctors.doctor')}</Table.Th>
                <Table.Th>{t('reports.doctors.appointments')}</Table.Th>
                <Table.Th>{t('reports.doctors.noShowRate')}</Table.Th>
                <Table.Th>{t('reports.doctors.wait')}</Table.Th>
                <Table.Th>{t('reports.doctors.consultation')}</Table.Th>
                <Table.Th>{t('reports.doctors.delay')}</Table.Th>
                <Table.Th>{t('reports.doctors.onTime')}</Table.Th>
                <Table.Th>{t('reports.doctors.scheduledShare')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.doctor_id}>
                  <Table.Td>{i.doctor_name}</Table.Td>
                  <Table.Td>{formatNumber(i.appointments)}</Table.Td>
                  <Table.Td>{formatPercent(i.no_show_rate)}</Table.Td>
                  <Table.Td>{formatNumber(i.mean_wait_minutes)}</Table.Td>
                  <Table.Td>{formatNumber(i.mean_consultation_minutes)}</Table.Td>
                  <Table.Td>{formatNumber(i.mean_call_delay_minutes)}</Table.Td>
                  <Table.Td>{formatPercent(i.on_time_rate)}</Table.Td>
                  <Table.Td>{formatPercent(i.scheduled_booked_share)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ReportFrame>
  );
}
