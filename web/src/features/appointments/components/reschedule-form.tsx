import { Button, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useClinicRooms } from '@/features/appointments/api/list-clinic-directory';
import { useRescheduleAppointment } from '@/features/appointments/api/reschedule-appointment';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment, AppointmentReschedule } from '@/features/appointments/types';
import { fromLocalInput, toLocalInput } from '@/features/appointments/utils/time-grid';
import { useNotifySuccess } from '@/hooks/use-notify';
import { DateTimeInput } from '@/components/date-input';

/** New start and/or room for a registered or confirmed turno; the length stays the same. */
export function RescheduleForm({ appointment, timeZone }: { appointment: Appointment; timeZone: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const rooms = useClinicRooms(appointment.clinic_id);
  const mutation = useRescheduleAppointment();
  const [startText, setStartText] = useState(() => toLocalInput(new Date(appointment.start), timeZone));
  const [roomId, setRoomId] = useState(String(appointment.room_id));
  const [failure, setFailure] = useState<string | null>(null);

  const submit = () => {
    const start = fromLocalInput(startText, timeZone);
    if (!start) {
      setFailure(t('appointments.errors.incomplete'));
      return;
    }
    const body: AppointmentReschedule = {};
    if (start.getTime() !== new Date(appointment.start).getTime()) {
      const length = new Date(appointment.end).getTime() - new Date(appointment.start).getTime();
      body.start = start.toISOString();
      body.end = new Date(start.getTime() + length).toISOString();
    }
    if (Number(roomId) !== appointment.room_id) body.room_id = Number(roomId);
    if (Object.keys(body).length === 0) return;
    setFailure(null);
    mutation.mutate(
      { id: appointment.id, body },
      {
        onSuccess: () => notify(t('appointments.done.reschedule')),
        onError: (error) => setFailure(problemText(error)),
      },
    );
  };

  return (
    <form
      data-testid="reschedule-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('appointments.actions.reschedule')}
        </Title>
        <DateTimeInput label={t('appointments.fields.newStart')} value={startText} onChange={setStartText} />
        <NativeSelect
          label={t('appointments.fields.newRoom')}
          data={(rooms.data ?? []).map((r) => ({ value: String(r.id), label: `${r.code} · ${r.name}` }))}
          value={roomId}
          onChange={(e) => setRoomId(e.currentTarget.value)}
        />
        <FormFailure message={failure} />
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={mutation.isPending}>
            {t('appointments.actions.reschedule')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
