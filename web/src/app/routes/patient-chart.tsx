import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NotFound } from '@/components/not-found';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PatientChart } from '@/features/records/components/patient-chart';
import { useRouteId } from '@/hooks/use-route-id';
import { canOpenCharts } from '@/lib/navigation';

export function PatientChartRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const id = useRouteId();
  if (id === null || !canOpenCharts(user.role)) return <NotFound />;
  return (
    <Page
      title={t('records.chart.title')}
      actions={
        <Anchor component={Link} to="/today" size="sm">
          {t('records.chart.backToToday')}
        </Anchor>
      }
    >
      <PatientChart key={id} patientId={id} />
    </Page>
  );
}
