import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangeAppointmentStatus } from '@/features/appointments/api/change-appointment-status';
import { CancelModal } from '@/features/appointments/components/cancel-modal';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment, AppointmentAction } from '@/features/appointments/types';
import { kActionTarget } from '@/features/appointments/utils/status-actions';
import { useNotifySuccess } from '@/hooks/use-notify';

const kColor: Partial<Record<AppointmentAction, string>> = { cancel: 'red', noShow: 'orange', finish: 'teal' };

/**
 * One button per allowed status move ("Confirmar", "Registrar llegada", "Llamar",
 * "Finalizar", "Cancelar", "Ausente"). Cancel asks for the reason in a modal.
 */
export function StatusActions({ appointment, actions }: { appointment: Appointment; actions: readonly AppointmentAction[] }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const mutation = useChangeAppointmentStatus();
  const [failure, setFailure] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const moves = actions.filter((a): a is Exclude<AppointmentAction, 'reschedule'> => a !== 'reschedule');
  if (moves.length === 0) return null;

  const run = (action: Exclude<AppointmentAction, 'reschedule'>) => {
    if (action === 'cancel') {
      setCancelling(appointment);
      return;
    }
    setFailure(null);
    mutation.mutate(
      { id: appointment.id, body: { status: kActionTarget[action] } },
      {
        onSuccess: () => notify(t(`appointments.done.${action}`)),
        onError: (error) => setFailure(problemText(error)),
      },
    );
  };

  return (
    <Stack gap="xs">
      <Group gap="xs">
        {moves.map((action) => (
          <Button
            key={action}
            size="xs"
            variant={action === 'cancel' || action === 'noShow' ? 'light' : 'filled'}
            color={kColor[action]}
            loading={mutation.isPending && mutation.variables?.body.status === kActionTarget[action]}
            disabled={mutation.isPending}
            onClick={() => run(action)}
          >
            {t(`appointments.actions.${action}`)}
          </Button>
        ))}
      </Group>
      {failure && (
        <Alert color="red" role="alert" data-testid="status-error">
          {failure}
        </Alert>
      )}
      <CancelModal appointment={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}
