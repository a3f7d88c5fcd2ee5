import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useChangeAppointmentStatus } from '@/features/appointments/api/change-appointment-status';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import { useNotifySuccess } from '@/hooks/use-notify';

interface CancelModalProps {
  appointmentId: number | null;
  onClose: () => void;
  onDone?: () => void;
}

/** Asks for the reason (the server requires one) and cancels. */
export function CancelModal({ appointmentId, onClose, onDone }: CancelModalProps) {
  const { t } = useTranslation();
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
