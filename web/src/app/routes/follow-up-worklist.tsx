import { Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '@/components/page';
import { BookFromAvailability } from '@/features/appointments/components/book-from-availability';
import { FollowUpWorklist } from '@/features/follow-up-worklist/components/follow-up-worklist';
import type { WorklistItem } from '@/features/follow-up-worklist/types';

// "Dar turno" opens the booking from free slots for that patient, as in "Mis turnos".
export function FollowUpWorklistRoute() {
  const { t } = useTranslation();
  const [booking, setBooking] = useState<WorklistItem | null>(null);
  return (
    <Page title={t('followUpWorklist.title')}>
      <FollowUpWorklist onBook={setBooking} />
      <Modal
        opened={booking !== null}
        onClose={() => setBooking(null)}
        size="xl"
        title={booking ? t('followUpWorklist.bookTitle', { name: `${booking.first_name} ${booking.last_name}` }) : ''}
      >
        {booking && <BookFromAvailability key={booking.plan_id} patientId={booking.patient_id} mine={[]} />}
      </Modal>
    </Page>
  );
}
