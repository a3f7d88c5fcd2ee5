import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { WaitingRoomChooser } from '@/features/appointments/components/waiting-room-chooser';

export function WaitingRoomRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('appointments.board.title')}>
      <WaitingRoomChooser />
    </Page>
  );
}
