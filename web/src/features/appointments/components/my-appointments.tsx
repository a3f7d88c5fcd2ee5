import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { downloadCalendarFile } from '@/features/appointments/api/get-calendar-file';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { BookFromAvailability } from '@/features/appointments/components/book-from-availability';
import { HistoryList } from '@/features/appointments/components/history-list';
import { PatientReschedule } from '@/features/appointments/components/patient-reschedule';
import { StatusActions } from '@/features/appointments/components/status-actions';
import { StatusBadge } from '@/features/appointments/components/status-badge';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment } from '@/features/appointments/types';
import { allowedActions, isLive } from '@/features/appointments/utils/status-actions';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

/** The patient's upcoming turnos, booking from the free slots, then past turnos (newest first). */
export function MyAppointments() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const list = useAppointments({ patient_id: user.patient_id ?? undefined }, { enabled: user.patient_id != null });
  const [now] = useState(() => new Date());

  if (user.patient_id == null) return <Text c="dimmed">{t('appointments.mine.noPatient')}</Text>;
  if (list.isPending || catalog.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;

  const clinics = new Map((catalog.data ?? []).map((c) => [c.id, c]));
  // Upcoming are the live turnos still ahead; a cancelled or missed one is history.
  const isUpcoming = (a: Appointment) => new Date(a.end) > now && isLive(a.status);
  const upcoming = list.data.items.filter(isUpcoming);
  const past = list.data.items.filter((a) => !isUpcoming(a)).reverse();

  const section = (title: string, items: Appointment[], empty: string, testid: string) => (
    <Stack gap="xs" data-testid={testid}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        items.map((a) => (
          <MyAppointmentCard
            key={a.id}
            appointment={a}
            clinicName={clinics.get(a.clinic_id)?.name ?? ''}
            clinicAddress={clinics.get(a.clinic_id)?.address ?? ''}
            upcoming={isUpcoming(a)}
            mine={list.data.items}
            timeZone={clinics.get(a.clinic_id)?.timezone || 'America/Argentina/Buenos_Aires'}
          />
        ))
      )}
    </Stack>
  );

  return (
    <Stack data-testid="my-appointments">
      {section(t('appointments.mine.upcoming'), upcoming, t('appointments.mine.emptyUpcoming'), 'my-upcoming')}
      <Text size="xs" c="dimmed">
        {t('appointments.mine.cancelHint')}
      </Text>
      <BookFromAvailability patientId={user.patient_id} mine={list.data.items} />
      {section(t('appointments.mine.past'), past, t('appointments.mine.emptyPast'), 'my-past')}
    </Stack>
  );
}

function MyAppointmentCard({
  appointment: a,
  clinicName,
  clinicAddress,
  timeZone,
  upcoming,
  mine,
}: {
  appointment: Appointment;
  clinicName: string;
  clinicAddress: string;
  timeZone: string;
  upcoming: boolean;
  mine: readonly Appointment[];
}) {
  const { t } = useTranslation();
  const { dateTime, time } = useFormatTime();
  const problemText = useProblemText();
  const [open, setOpen] = useState(false);
  const [moving, setMoving] = useState(false);
  const [calendarFailure, setCalendarFailure] = useState<string | null>(null);
  const actions = allowedActions({ role: 'patient', status: a.status, start: new Date(a.start), now: new Date() });
  return (
    <Paper withBorder p="sm" data-testid={`appointment-${a.id}`} data-status={a.status}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <div>
            <Text fw={600}>
              {dateTime(a.start, timeZone)} – {time(a.end, timeZone)}
            </Text>
            <Text size="sm">
              {a.practice_name} · {a.doctor_name}
            </Text>
            <Text size="sm" c="dimmed">
              {clinicName} · {a.room_code}
            </Text>
            {clinicAddress && (
              <Text size="sm" c="dimmed" data-testid="clinic-address">
                {clinicAddress}
              </Text>
            )}
            {a.reason && (
              <Text size="sm" c="dimmed">
                {t('appointments.fields.reason')}: {a.reason}
              </Text>
            )}
          </div>
          <Group gap="sm">
            <StatusBadge status={a.status} />
            <StatusActions appointment={a} actions={actions} />
            {actions.includes('reschedule') && (
              <Button size="xs" variant="light" onClick={() => setMoving(true)}>
                {t('appointments.actions.reschedule')}
              </Button>
            )}
            {upcoming && (
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  setCalendarFailure(null);
                  downloadCalendarFile(a.id).catch((error: unknown) => setCalendarFailure(problemText(error)));
                }}
              >
                {t('appointments.mine.addToCalendar')}
              </Button>
            )}
            {upcoming && (
              <Button size="xs" variant="light" component={Link} to={`/appointments/${a.id}/slip`}>
                {t('appointments.slip.open')}
              </Button>
            )}
            <Button size="xs" variant="subtle" onClick={() => setOpen((o) => !o)} aria-expanded={open}>
              {open ? t('appointments.hideHistory') : t('appointments.showHistory')}
            </Button>
          </Group>
        </Group>
        {calendarFailure && (
          <Alert color="red" role="alert">
            {calendarFailure}
          </Alert>
        )}
        {open && <HistoryList appointmentId={a.id} timeZone={timeZone} />}
        {actions.includes('reschedule') && (
          <PatientReschedule appointment={a} timeZone={timeZone} mine={mine} opened={moving} onClose={() => setMoving(false)} />
        )}
      </Stack>
    </Paper>
  );
}
