import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useChangeAppointmentStatus } from '@/features/appointments/api/change-appointment-status';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment } from '@/features/appointments/types';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { useNotifySuccess } from '@/hooks/use-notify';
import { formatDate, formatTime, kDefaultTimeZone } from '@/lib/format';

interface CancelModalProps {
  appointment: Appointment | null;
  onClose: () => void;
  onDone?: () => void;
}

/**
 * Names the turno being cancelled (date, time at its clinic, doctor, clinic), asks for
 * the reason (the server requires one) and cancels.
 */
export function CancelModal({ appointment, onClose, onDone }: CancelModalProps) {
  const { t } = useTranslation();
  const catalog = useClinicsCatalog();
  const appointmentId = appointment?.id ?? null;
  const clinic = appointment ? catalog.data?.find((c) => c.id === appointment.clinic_id) : undefined;
  const timeZone = clinic?.timezone || kDefaultTimeZone;
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const mutation = useChangeAppointmentStatus();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setFailure(null);
    mutation.reset();
    onClose();
  };

  const submit = () => {
    if (appointmentId === null) return;
    if (reason.trim() === '') {
      setFailure(t('appointments.errors.reasonRequired'));
      return;
    }
    setFailure(null);
    mutation.mutate(
      { id: appointmentId, body: { status: 'cancelled', reason: reason.trim() } },
      {
        onSuccess: () => {
          notify(t('appointments.done.cancel'));
          close();
          onDone?.();
        },
        onError: (error) => setFailure(problemText(error)),
      },
    );
  };

  return (
    <Modal opened={appointmentId !== null} onClose={close} title={t('appointments.cancelTitle')} zIndex={400}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          {appointment && (
            <Text data-testid="cancel-which">
              {t('appointments.cancelWhich', {
                date: formatDate(appointment.start, timeZone),
                time: formatTime(appointment.start, timeZone),
                doctor: appointment.doctor_name ?? `#${appointment.doctor_id}`,
                clinic: clinic?.name ?? `#${appointment.clinic_id}`,
              })}
            </Text>
          )}
          <Textarea
            label={t('appointments.fields.reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            data-autofocus
          />
          <FormFailure message={failure} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('appointments.keep')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending}>
              {t('appointments.cancelConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
