import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '@/components/page';
import { ClinicsList } from '@/features/clinics/components/clinics-list';

export function ClinicsListRoute() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('clinics.title')}
      actions={
        <Button component={Link} to="/clinics/new">
          {t('clinics.new')}
        </Button>
      }
    >
      <ClinicsList />
    </Page>
  );
}
