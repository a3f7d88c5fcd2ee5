import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { Agenda } from '@/features/appointments/components/agenda';

export function AgendaRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('appointments.agenda.title')}>
      <Agenda />
    </Page>
  );
}
