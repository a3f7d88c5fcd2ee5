import { BarChart, LineChart } from '@mantine/charts';
import { Alert, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReport } from '@/features/reports/api/get-report';
import { ReportFrame } from '@/features/reports/components/report-frame';
import type { ReportFilters } from '@/features/reports/types';
import { formatNumber } from '@/features/reports/utils/format';

/** Population health: prevalence per 1.000 seen, crude and age-standardized, top and new diagnoses. */
export function PopulationHealthReport({ filters }: { filters: ReportFilters }) {
  const { t } = useTranslation();
  const report = useReport('population-health', filters);
  const data = report.data;
  return (
    <ReportFrame name="population-health" filters={filters} asOf={data?.as_of} isLoading={report.isLoading} error={report.error}>
      {data && (
        <>
          <Text>
            {t('reports.population.population', { count: formatNumber(data.population, data.population_suppressed) })}
          </Text>
          {data.small_cells_hidden && <Alert color="gray">{t('reports.population.smallCells')}</Alert>}
          <Paper withBorder p="md">
            <Title order={3} size="h4">
              {t('reports.population.prevalence')}
            </Title>
            <BarChart
              h={280}
              data={data.conditions.map((c) => ({
                condition: c.name,
                crude: c.per_1000 ?? 0,
                standardized: c.age_standardized_per_1000 ?? 0,
              }))}
              dataKey="condition"
              valueFormatter={(v) => formatNumber(v)}
              series={[
                { name: 'crude', label: t('reports.population.crude'), color: 'blue.6' },
                { name: 'standardized', label: t('reports.population.standardized'), color: 'grape.6' },
              ]}
            />
          </Paper>
          <Table striped withTableBorder aria-label={t('reports.population.prevalence')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.population.condition')}</Table.Th>
                <Table.Th>{t('reports.population.patients')}</Table.Th>
                <Table.Th>{t('reports.population.crude')}</Table.Th>
                <Table.Th>{t('reports.population.standardized')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.conditions.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td>{`${c.name} (${c.code})`}</Table.Td>
                  <Table.Td>{formatNumber(c.patients, c.suppressed)}</Table.Td>
                  <Table.Td>{formatNumber(c.per_1000)}</Table.Td>
                  <Table.Td>{formatNumber(c.age_standardized_per_1000)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {data.series && data.series.length > 0 && (
            <Paper withBorder p="md">
              <Title order={3} size="h4">
                {t('reports.population.newDiagnoses')}
              </Title>
              <LineChart
                h={220}
                data={Object.values(
                  data.series.reduce<Record<string, Record<string, number | string>>>((acc, p) => {
                    acc[p.period] = { ...(acc[p.period] ?? { period: p.period }), [p.code]: p.count ?? 0 };
                    return acc;
                  }, {}),
                )}
                dataKey="period"
                series={data.conditions.map((c, i) => ({
                  name: c.code,
                  label: c.name,
                  color: ['blue.6', 'red.6', 'teal.6', 'grape.6', 'orange.6', 'cyan.6', 'lime.6', 'pink.6', 'yellow.6'][i % 9],
                }))}
              />
            </Paper>
          )}
          <Title order={3} size="h4">
            {t('reports.population.topDiagnoses')}
          </Title>
          <Table striped withTableBorder aria-label={t('reports.population.topDiagnoses')}>
            <Table.Tbody>
              {data.top_diagnoses.map((d) => (
                <Table.Tr key={d.code}>
                  <Table.Td>{d.code}</Table.Td>
                  <Table.Td>{d.name}</Table.Td>
                  <Table.Td>{formatNumber(d.count, d.suppressed)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </ReportFrame>
  );
}
