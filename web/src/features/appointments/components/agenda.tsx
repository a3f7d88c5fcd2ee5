import { Alert, Button, Group, MultiSelect, NativeSelect, Paper, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useDoctorsHours } from '@/features/appointments/api/get-doctor-hours';
import { appointmentsQueryKey, useAppointments } from '@/features/appointments/api/list-appointments';
import { useClinicDoctors, useClinicRooms } from '@/features/appointments/api/list-clinic-directory';
import { useRescheduleAppointment } from '@/features/appointments/api/reschedule-appointment';
import { AgendaGrid } from '@/features/appointments/components/agenda-grid';
import '@/features/appointments/components/agenda-print.css';
import { AppointmentPanel } from '@/features/appointments/components/appointment-panel';
import { BookingModal, type BookingTarget } from '@/features/appointments/components/booking-modal';
import { FreeSlotFinder } from '@/features/appointments/components/free-slot-finder';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useLiveRefresh } from '@/features/appointments/hooks/use-live-refresh';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { AgendaMode, AgendaSpan, Appointment, AppointmentReschedule, GridColumn } from '@/features/appointments/types';
import { applyReschedule, type GridPoint, rescheduleForDrop } from '@/features/appointments/utils/drag-reschedule';
import {
  type DoctorPrefs,
  loadPrefs,
  prefsKey,
  savePrefs,
  shownDoctors,
  sortName,
  specialtiesOf,
} from '@/features/appointments/utils/agenda-doctors';
import { allowedActions, isLive } from '@/features/appointments/utils/status-actions';
import { addDays, dayRange, todayAt, weekDates, zonedToInstant } from '@/features/appointments/utils/time-grid';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { useNotifySuccess } from '@/hooks/use-notify';
import { canManageAppointments } from '@/lib/navigation';
import { DateInput } from '@/components/date-input';
import { isIsoDate } from '@/lib/format';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/** The clinic agenda: secretaries book and manage turnos here; admins only look. */
export function Agenda() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  if (catalog.isPending) return <Loading />;
  if (catalog.isError) return <ErrorAlert error={catalog.error} />;
  const clinics = catalog.data.filter((c) => c.active && (user.role === 'admin' || user.clinic_ids.includes(c.id)));
  if (clinics.length === 0) return <Text c="dimmed">{t('appointments.agenda.noClinics')}</Text>;
  return <AgendaForClinics clinics={clinics.map((c) => ({ id: c.id, name: c.name, timezone: c.timezone || kDefaultZone }))} />;
}

interface ClinicChoice {
  id: number;
  name: string;
  timezone: string;
}

function AgendaForClinics({ clinics }: { clinics: ClinicChoice[] }) {
  const { t } = useTranslation();
  const { day } = useFormatTime();
  const user = useCurrentUser();
  const canBook = canManageAppointments(user.role);
  const [clinicId, setClinicId] = useState(clinics[0]!.id);
  const clinic = clinics.find((c) => c.id === clinicId) ?? clinics[0]!;
  const zone = clinic.timezone;
  const [date, setDate] = useState(() => todayAt(zone));
  const [mode, setMode] = useState<AgendaMode>('doctor');
  const [span, setSpan] = useState<AgendaSpan>('day');
  const [resourceId, setResourceId] = useState<number | null>(null);
  const [showFreed, setShowFreed] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [booking, setBooking] = useState<BookingTarget | null>(null);
  const move = useDragReschedule(zone);

  const [focusRequest, setFocusRequest] = useState(0);
  // After a dialog opened from the grid closes, focus goes back to the grid's cell (once
  // the dialog's closing transition is over).
  const backToGrid = () => window.setTimeout(() => setFocusRequest((n) => n + 1), 250);

  const doctors = useClinicDoctors(clinic.id);
  const rooms = useClinicRooms(clinic.id);
  const storageKey = prefsKey(user.id, clinic.id);
  const [prefs, setPrefsState] = useState<DoctorPrefs>(() => loadPrefs(localStorageOrNull(), storageKey));
  useEffect(() => setPrefsState(loadPrefs(localStorageOrNull(), storageKey)), [storageKey]);
  const setPrefs = (next: DoctorPrefs) => {
    setPrefsState(next);
    savePrefs(localStorageOrNull(), storageKey, next);
  };

  const dates = span === 'day' ? [date] : weekDates(date);
  const range = dayRange(dates[0]!, dates.at(-1)!, zone);
  // The clinic's turnos of the day (day view), for "con turnos" and the columns' turnos.
  const dayTurnos = useAppointments(
    { clinic_id: clinic.id, from: range.from.toISOString(), to: range.to.toISOString() },
    { enabled: span === 'day' },
  );
  const busy = useMemo(
    () => new Set((dayTurnos.data?.items ?? []).filter((a) => isLive(a.status)).map((a) => a.doctor_id)),
    [dayTurnos.data],
  );
  const resources = useMemo(
    () =>
      mode === 'doctor'
        ? (span === 'day' ? shownDoctors(doctors.data ?? [], prefs, busy) : shownDoctors(doctors.data ?? [], { ...prefs, withTurnos: false }, busy)).map(
            (d) => ({ id: d.id, label: d.full_name, sublabel: d.specialty }),
          )
        : (rooms.data ?? []).map((r) => ({ id: r.id, label: r.code, sublabel: r.name })),
    [mode, span, doctors.data, rooms.data, prefs, busy],
  );
  const resource = resources.find((r) => r.id === resourceId) ?? resources[0] ?? null;
  const columns: GridColumn[] =
    span === 'day'
      ? resources.map((r) => ({
          key: String(r.id),
          label: r.label,
          sublabel: r.sublabel,
          date,
          doctorId: mode === 'doctor' ? r.id : null,
          roomId: mode === 'room' ? r.id : null,
        }))
      : resource
        ? dates.map((d) => ({
            key: `${resource.id}-${d}`,
            label: day(d),
            sublabel: resource.label,
            date: d,
            doctorId: mode === 'doctor' ? resource.id : null,
            roomId: mode === 'room' ? resource.id : null,
          }))
        : [];

  const refetchInterval = useLiveRefresh(clinic.id);
  const appointments = useAppointments(
    {
      clinic_id: clinic.id,
      from: range.from.toISOString(),
      to: range.to.toISOString(),
      ...(span === 'week' && resource ? (mode === 'doctor' ? { doctor_id: resource.id } : { room_id: resource.id }) : {}),
    },
    { refetchInterval, enabled: span === 'day' || resource !== null },
  );
  const items = appointments.data?.items ?? [];
  const shown = (showFreed ? items : items.filter((a) => isLive(a.status))).map((a) =>
    a.id === move.pending?.id ? applyReschedule(a, move.pending.body) : a,
  );
  const hours = useDoctorsHours(mode === 'doctor' ? columns.flatMap((c) => (c.doctorId !== null ? [c.doctorId] : [])).filter((id, i, all) => all.indexOf(id) === i) : []);
  const selected = items.find((a) => a.id === selectedId) ?? null;

  const step = span === 'day' ? 1 : 7;
  const clinicOptions = clinics.map((c) => ({ value: String(c.id), label: c.name }));

  return (
    <Stack>
      {!canBook && (
        <Alert color="gray" data-testid="agenda-read-only">
          {t('appointments.agenda.readOnly')}
        </Alert>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap" className="agenda-controls">
        <NativeSelect
          label={t('appointments.fields.clinic')}
          data={clinicOptions}
          value={String(clinic.id)}
          onChange={(e) => {
            setClinicId(Number(e.currentTarget.value));
            setResourceId(null);
            setSelectedId(null);
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('appointments.agenda.viewBy')}
          </Text>
          <SegmentedControl
            aria-label={t('appointments.agenda.viewBy')}
            value={mode}
            onChange={(v) => {
              setMode(v as AgendaMode);
              setResourceId(null);
            }}
            data={[
              { value: 'doctor', label: t('appointments.agenda.byDoctor') },
              { value: 'room', label: t('appointments.agenda.byRoom') },
            ]}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('appointments.agenda.span')}
          </Text>
          <SegmentedControl
            aria-label={t('appointments.agenda.span')}
            value={span}
            onChange={(v) => setSpan(v as AgendaSpan)}
            data={[
              { value: 'day', label: t('appointments.agenda.day') },
              { value: 'week', label: t('appointments.agenda.week') },
            ]}
          />
        </Stack>
        {span === 'week' && (
          <NativeSelect
            label={t('appointments.agenda.resource')}
            data={resources.map((r) => ({ value: String(r.id), label: r.label }))}
            value={resource ? String(resource.id) : ''}
            onChange={(e) => setResourceId(Number(e.currentTarget.value))}
          />
        )}
        <Group gap={4} align="flex-end">
          <Button variant="default" onClick={() => setDate(addDays(date, -step))}>
            {t('appointments.agenda.previous')}
          </Button>
          <DateInput
            label={t('appointments.agenda.date')}
            value={date}
            onChange={(v) => isIsoDate(v) && setDate(v)}
            w={130}
          />
          <Button variant="default" onClick={() => setDate(addDays(date, step))}>
            {t('appointments.agenda.next')}
          </Button>
          <Button variant="subtle" onClick={() => setDate(todayAt(zone))}>
            {t('appointments.agenda.today')}
          </Button>
        </Group>
        <Switch
          label={t('appointments.agenda.showFreed')}
          checked={showFreed}
          onChange={(e) => setShowFreed(e.currentTarget.checked)}
        />
        <Button component={Link} to={`/waiting-room/${clinic.id}`} variant="light" ml="auto" className="agenda-no-print">
          {t('appointments.board.openFromAgenda')}
        </Button>
        {canBook && <FreeSlotFinder clinicIds={user.clinic_ids} />}
        <Button variant="default" onClick={() => window.print()} className="agenda-no-print">
          {t('appointments.agenda.print')}
        </Button>
      </Group>
      {mode === 'doctor' && (
        <DoctorPicker
          doctors={doctors.data ?? []}
          prefs={prefs}
          onChange={setPrefs}
          showWithTurnos={span === 'day'}
          shown={resources.length}
        />
      )}
      <Text className="agenda-print-title" data-testid="agenda-print-title">
        {clinic.name} · {day(date)}
      </Text>
      {canBook && (
        <Text size="xs" c="dimmed" className="agenda-no-print">
          {t('appointments.agenda.dragHint')}
        </Text>
      )}
      {move.failure && (
        <Alert color="red" role="alert" data-testid="move-error" withCloseButton onClose={move.dismiss} closeButtonLabel={t('common.close')}>
          {move.failure}
        </Alert>
      )}
      {appointments.isError && <ErrorAlert error={appointments.error} />}
      {appointments.data?.truncated && (
        <Alert color="yellow">{t('appointments.agenda.truncated', { count: items.length })}</Alert>
      )}
      {doctors.isPending || rooms.isPending ? (
        <Loading />
      ) : columns.length === 0 ? (
        <Text c="dimmed" data-testid="agenda-no-columns">
          {mode === 'doctor' && (doctors.data ?? []).length > 0 ? t('appointments.agenda.noDoctorsShown') : t('appointments.agenda.noColumns')}
        </Text>
      ) : (
        <AgendaGrid
          loading={appointments.isPending || appointments.isPlaceholderData}
          focusRequest={focusRequest}
          columns={columns}
          appointments={shown}
          timeZone={zone}
          clinicId={clinic.id}
          hours={hours}
          canBook={canBook}
          dated={span === 'week'}
          onSlot={(column, minutes) =>
            column.doctorId !== null &&
            setBooking({
              doctorId: column.doctorId,
              doctorName: mode === 'doctor' && span === 'week' ? (resource?.label ?? '') : column.label,
              start: zonedToInstant(column.date, minutes, zone),
            })
          }
          onOpen={(a) => setSelectedId(a.id)}
          canMove={(a) =>
            canBook &&
            move.pending === null &&
            allowedActions({ role: user.role, status: a.status, start: new Date(a.start), now: new Date() }).includes('reschedule')
          }
          onMove={move.drop}
          movingId={move.pending?.id ?? null}
        />
      )}
      {canBook && (
        <BookingModal
          clinicId={clinic.id}
          timeZone={zone}
          target={booking}
          appointments={items}
          onClose={() => {
            setBooking(null);
            backToGrid();
          }}
        />
      )}
      <AppointmentPanel
        appointment={selected}
        role={user.role}
        timeZone={zone}
        onClose={() => {
          setSelectedId(null);
          backToGrid();
        }}
      />
    </Stack>
  );
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Which doctors the day shows: a specialty, words of the name, only those with turnos
 * that day, or doctors chosen one by one (remembered per user and clinic).
 */
function DoctorPicker({
  doctors,
  prefs,
  onChange,
  showWithTurnos,
  shown,
}: {
  doctors: readonly { id: number; full_name: string; specialty: string }[];
  prefs: DoctorPrefs;
  onChange: (prefs: DoctorPrefs) => void;
  showWithTurnos: boolean;
  shown: number;
}) {
  const { t } = useTranslation();
  const specialties = specialtiesOf(doctors);
  return (
    <Paper withBorder p="xs" data-testid="doctor-picker" className="agenda-no-print">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('appointments.agenda.specialty')}
          data={[{ value: '', label: t('appointments.agenda.allSpecialties') }, ...specialties.map((s) => ({ value: s, label: s }))]}
          value={prefs.specialty}
          onChange={(e) => onChange({ ...prefs, specialty: e.currentTarget.value })}
        />
        <TextInput
          label={t('appointments.agenda.doctorName')}
          value={prefs.name}
          onChange={(e) => onChange({ ...prefs, name: e.currentTarget.value })}
          w={180}
        />
        <MultiSelect
          label={t('appointments.agenda.chosenDoctors')}
          placeholder={prefs.ids.length === 0 ? t('appointments.agenda.allDoctors') : undefined}
          data={[...doctors]
            .sort((a, b) => sortName(a.full_name).localeCompare(sortName(b.full_name), 'es'))
            .map((d) => ({ value: String(d.id), label: d.full_name }))}
          value={prefs.ids.map(String)}
          onChange={(values) => onChange({ ...prefs, ids: values.map(Number) })}
          searchable
          clearable
          w={320}
        />
        {showWithTurnos && (
          <Switch
            label={t('appointments.agenda.withTurnos')}
            checked={prefs.withTurnos}
            onChange={(e) => onChange({ ...prefs, withTurnos: e.currentTarget.checked })}
          />
        )}
        <Text size="sm" c="dimmed" data-testid="doctors-shown">
          {t('appointments.agenda.doctorsShown', { shown, total: doctors.length })}
        </Text>
      </Group>
    </Paper>
  );
}

/**
 * Drag to reschedule: the dropped turno shows where it was dropped while the server decides;
 * a refusal puts it back and says why (the same sentences as the reschedule form).
 */
function useDragReschedule(timeZone: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const mutation = useRescheduleAppointment();
  const [pending, setPending] = useState<{ id: number; body: AppointmentReschedule } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const drop = (appointment: Appointment, grab: GridPoint, column: GridColumn, minutes: number) => {
    const body = rescheduleForDrop(
      appointment,
      grab,
      { date: column.date, minutes, doctorId: column.doctorId, roomId: column.roomId },
      timeZone,
    );
    if (!body) return;
    setFailure(null);
    setPending({ id: appointment.id, body });
    mutation.mutate(
      { id: appointment.id, body },
      {
        onSuccess: async () => {
          notify(t('appointments.done.reschedule'));
          // Keep it where it was dropped until the refetched agenda has it there.
          await queryClient.invalidateQueries({ queryKey: appointmentsQueryKey });
          setPending(null);
        },
        onError: (error) => {
          setPending(null);
          setFailure(problemText(error));
        },
      },
    );
  };

  return { pending, failure, drop, dismiss: () => setFailure(null) };
}
