import { BarChart } from '@mantine/charts';
import { Anchor, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCareGapCount, useReport } from '@/features/reports/api/get-report';
import type { DoctorPerformanceReport, ReportFilters } from '@/features/reports/types';
import { addDays, formatNumber, formatPercent, isoDay, monthEnd, monthStart } from '@/features/reports/utils/format';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

type Status = keyof DoctorPerformanceReport['items'][number]['by_status'];
const kStatuses: Status[] = ['registered', 'confirmed', 'waiting', 'in_progress', 'finished', 'cancelled', 'no_show'];

function sumStatus(report: DoctorPerformanceReport | undefined, status: Status): number {
  return (report?.items ?? []).reduce((sum, i) => sum + i.by_status[status], 0);
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

const day = (d: string): ReportFilters => ({ clinicId: null, from: d, to: d, groupBy: null });

/** The secretary's day: today's turnos by state, who is waiting now, tomorrow's unconfirmed, her clinics' care gaps. */
export function SecretaryDashboard() {
  const { t } = useTranslation();
  const today = isoDay(new Date());
  const now = useReport('doctor-performance', day(today));
  const tomorrow = useReport('doctor-performance', day(addDays(today, 1)));
  const gaps = useCareGapCount();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      {kStatuses.map((s) => (
        <Figure key={s} label={t(`reports.status.${s}`)} value={formatNumber(sumStatus(now.data, s))} />
      ))}
      <Figure label={t('reports.dashboard.waitingNow')} value={formatNumber(sumStatus(now.data, 'waiting'))} />
      <Figure label={t('reports.dashboard.unconfirmedTomorrow')} value={formatNumber(sumStatus(tomorrow.data, 'registered'))} />
      {/* The count only (one audit event); the list, which names the patients, is a click away. */}
      <Card withBorder padding="md">
        <Text size="sm" c="dimmed">
          {t('reports.dashboard.careGaps')}
        </Text>
        <Text size="xl" fw={700} data-testid="care-gap-count">
          {gaps.data ? formatNumber(gaps.data.count) : gaps.isError ? '—' : '…'}
        </Text>
        <Anchor component={Link} to="/statistics">
          {t('reports.dashboard.seeCareGaps')}
        </Anchor>
      </Card>
    </SimpleGrid>
  );
}

/** The doctor's own figures: today and this month. */
export function DoctorDashboard() {
  const { t } = useTranslation();
  const today = isoDay(new Date());
  const todays = useReport('doctor-performance', day(today));
  const month = useReport('doctor-performance', { clinicId: null, from: monthStart(today), to: monthEnd(today), groupBy: null });
  const mine = month.data?.items[0];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <Figure label={t('reports.dashboard.today')} value={formatNumber(todays.data?.items[0]?.appointments ?? 0)} />
      <Figure label={t('reports.dashboard.monthAppointments')} value={formatNumber(mine?.appointments ?? 0)} />
      <Figure label={t('reports.doctors.noShowRate')} value={formatPercent(mine?.no_show_rate)} />
      <Figure label={t('reports.doctors.consultation')} value={formatNumber(mine?.mean_consultation_minutes)} />
    </SimpleGrid>
  );
}

/** The network at a glance: patients seen and turnos this month, occupancy by clinic. */
export function AdminDashboard() {
  const { t } = useTranslation();
  const today = isoDay(new Date());
  const month: ReportFilters = { clinicId: null, from: monthStart(today), to: monthEnd(today), groupBy: null };
  const catalog = useClinicsCatalog();
  const occupancy = useReport('room-occupancy', month);
  const doctors = useReport('doctor-performance', month);
  const population = useReport('population-health', month);
  const name = (id: number) => catalog.data?.find((c) => c.id === id)?.name ?? String(id);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure
          label={t('reports.dashboard.patientsSeen')}
          value={formatNumber(population.data?.population, population.data?.population_suppressed)}
        />
        <Figure
          label={t('reports.dashboard.monthAppointments')}
          value={formatNumber((doctors.data?.items ?? []).reduce((s, i) => s + i.appointments, 0))}
        />
        <Figure label={t('reports.dashboard.noShows')} value={formatNumber(sumStatus(doctors.data, 'no_show'))} />
      </SimpleGrid>
      <Card withBorder padding="md">
        <Title order={3} size="h4">
          {t('reports.dashboard.occupancyByClinic')}
        </Title>
        <BarChart
          h={260}
          data={(occupancy.data?.clinics ?? []).map((c) => ({ clinic: name(c.clinic_id), occupancy: (c.occupancy ?? 0) * 100 }))}
          dataKey="clinic"
          valueFormatter={(v) => `${formatNumber(v)} %`}
          series={[{ name: 'occupancy', label: t('reports.occupancy.occupancy'), color: 'blue.6' }]}
        />
      </Card>
    </>
  );
}
