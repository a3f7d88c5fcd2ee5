import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { PatientLinkButton } from '@/features/patients/components/patient-link-button';
import { PatientSearch } from '@/features/patients/components/patient-search';
import { EmergencyByDocument } from '@/features/records/components/emergency-by-document';
import { canCreatePatients, canOpenCharts } from '@/lib/navigation';

export function PatientsListRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Page
      title={t('patients.title')}
      actions={
        canCreatePatients(user.role) && (
          <Group>
            <PatientLinkButton />
            <Button component={Link} to="/patients/new">
              {t('patients.new')}
            </Button>
          </Group>
        )
      }
    >
      <PatientSearch />
      {canOpenCharts(user.role) && <EmergencyByDocument />}
    </Page>
  );
}
