import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '@/components/date-input';
import { availabilityBaseKey, useAvailability } from '@/features/appointments/api/get-availability';
import { useRescheduleAppointment } from '@/features/appointments/api/reschedule-appointment';
import { FreeSlots } from '@/features/appointments/components/book-from-availability';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment, AvailableSlot } from '@/features/appointments/types';
import { availabilityWindow } from '@/features/appointments/utils/availability';
import { todayAt } from '@/features/appointments/utils/time-grid';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isIsoDate } from '@/lib/format';

interface PatientRescheduleProps {
  appointment: Appointment;
  timeZone: string;
  /** The patient's turnos: slots overlapping another of them are not offered. */
  mine: readonly Appointment[];
  opened: boolean;
  onClose: () => void;
}

/**
 * "Reprogramar" for the patient: the free slots of the same doctor and practice at the
 * same clinic, a week from the chosen day; one chosen and confirmed → PATCH with its
 * start, end and room. A refusal (the slot was taken, too close to the start) says why.
 */
export function PatientReschedule({ appointment: a, timeZone, mine, opened, onClose }: PatientRescheduleProps) {
  const { t } = useTranslation();
  const [fromDate, setFromDate] = useState(() => todayAt(timeZone));
  const [chosen, setChosen] = useState<AvailableSlot | null>(null);
  const availability = useAvailability(
    opened
      ? { practice_id: a.practice_id, doctor_id: a.doctor_id, clinic_id: a.clinic_id, ...availabilityWindow(fromDate, timeZone) }
      : null,
  );
  const others = mine.filter((m) => m.id !== a.id);
  const slots = availability.data?.filter((s) => s.start !== a.start);

  const close = () => {
    setChosen(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('appointments.mine.rescheduleTitle')} size="lg">
      <Stack data-testid="patient-reschedule">
        <Text size="sm">
          {t('appointments.mine.rescheduleHint', { practice: a.practice_name, doctor: a.doctor_name })}
        </Text>
        <DateInput
          label={t('appointments.mine.fromDate')}
          value={fromDate}
          onChange={(v) => {
            if (isIsoDate(v) && v >= todayAt(timeZone)) {
              setFromDate(v);
              setChosen(null);
            }
          }}
        />
        {chosen ? (
          <ConfirmMove appointment={a} slot={chosen} timeZone={timeZone} onBack={() => setChosen(null)} onDone={close} />
        ) : (
          <FreeSlots
            slots={slots}
            loading={availability.isPending || availability.isPlaceholderData}
            error={availability.error}
            mine={others}
            doctorNames={new Map([[a.doctor_id, a.doctor_name ?? '']])}
            chosen={chosen}
            onChoose={setChosen}
          />
        )}
      </Stack>
    </Modal>
  );
}

function ConfirmMove({
  appointment: a,
  slot,
  timeZone,
  onBack,
  onDone,
}: {
  appointment: Appointment;
  slot: AvailableSlot;
  timeZone: string;
  onBack: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { dateTime, time } = useFormatTime();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const queryClient = useQueryClient();
  const mutation = useRescheduleAppointment();
  const [failure, setFailure] = useState<string | null>(null);

  const move = () => {
    setFailure(null);
    mutation.mutate(
      { id: a.id, body: { start: slot.start, end: slot.end, room_id: slot.room_id } },
      {
        onSuccess: () => {
          notify(t('appointments.done.reschedule'));
          onDone();
        },
        onError: (error) => {
          setFailure(problemText(error));
          void queryClient.invalidateQueries({ queryKey: availabilityBaseKey });
        },
      },
    );
  };

  return (
    <Stack gap="xs" data-testid="reschedule-chosen">
      <Text size="sm" c="dimmed">
        {t('appointments.mine.rescheduleFrom', { when: `${dateTime(a.start, timeZone)} – ${time(a.end, timeZone)}` })}
      </Text>
      <Text fw={600}>
        {t('appointments.mine.rescheduleTo', { when: `${dateTime(slot.start, timeZone)} – ${time(slot.end, timeZone)}` })}
      </Text>
      {failure && (
        <Alert color="red" role="alert" data-testid="reschedule-error">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          {t('appointments.mine.chooseAnother')}
        </Button>
        <Button onClick={move} loading={mutation.isPending} disabled={failure !== null}>
          {t('appointments.mine.rescheduleConfirm')}
        </Button>
      </Group>
    </Stack>
  );
}
