import { Modal, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { BookFromAvailability } from '@/features/appointments/components/book-from-availability';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { CareGapsList } from '@/features/reports/components/care-gaps-list';
import { DoctorPerformanceReport } from '@/features/reports/components/doctor-performance-report';
import { OccupancyReport } from '@/features/reports/components/occupancy-report';
import { PopulationHealthReport } from '@/features/reports/components/population-health-report';
import { ReportFiltersForm } from '@/features/reports/components/report-filters';
import type { CareGap, ReportFilters } from '@/features/reports/types';
import { isoDay, monthEnd, monthStart } from '@/features/reports/utils/format';
import { canManageAppointments } from '@/lib/navigation';

/**
 * "Estadísticas": room occupancy, doctor performance, population health and the care-gap
 * list, as the caller's role may see them (doctors: their own performance and the gaps of
 * their patients). A care gap books in one click through the usual booking flow.
 */
export function StatisticsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const today = isoDay(new Date());
  const [filters, setFilters] = useState<ReportFilters>({
    clinicId: null,
    from: monthStart(today),
    to: monthEnd(today),
    groupBy: 'day',
  });
  const [booking, setBooking] = useState<CareGap | null>(null);
  const staff = user.role !== 'doctor';
  const [tab, setTab] = useState<string | null>(staff ? 'occupancy' : 'doctors');
  return (
    <Page title={t('reports.title')}>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List className="hp-no-print">
          {staff && <Tabs.Tab value="occupancy">{t('reports.tabs.occupancy')}</Tabs.Tab>}
          <Tabs.Tab value="doctors">{t('reports.tabs.doctors')}</Tabs.Tab>
          {staff && <Tabs.Tab value="population">{t('reports.tabs.population')}</Tabs.Tab>}
          <Tabs.Tab value="gaps">{t('reports.tabs.gaps')}</Tabs.Tab>
        </Tabs.List>
        {tab !== 'gaps' && (
          <div style={{ marginTop: 16, marginBottom: 16 }}>
            <ReportFiltersForm value={filters} onChange={setFilters} />
          </div>
        )}
        <Tabs.Panel value="occupancy">
          <OccupancyReport filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="doctors">
          <DoctorPerformanceReport filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="population">
          <PopulationHealthReport filters={filters} />
        </Tabs.Panel>
        <Tabs.Panel value="gaps" pt="md">
          <CareGapsList today={today} onBook={canManageAppointments(user.role) ? setBooking : undefined} />
        </Tabs.Panel>
      </Tabs>
      <Modal
        opened={booking !== null}
        onClose={() => setBooking(null)}
        size="xl"
        title={booking ? t('reports.gaps.bookFor', { name: `${booking.first_name} ${booking.last_name}` }) : ''}
      >
        {booking && <BookFromAvailability patientId={booking.patient_id} mine={[]} />}
      </Modal>
    </Page>
  );
}
