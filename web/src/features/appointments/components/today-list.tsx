import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { StatusActions } from '@/features/appointments/components/status-actions';
import { StatusBadge } from '@/features/appointments/components/status-badge';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useLiveRefresh } from '@/features/appointments/hooks/use-live-refresh';
import { allowedActions } from '@/features/appointments/utils/status-actions';
import { addDays, dayRange, todayAt } from '@/features/appointments/utils/time-grid';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/**
 * The doctor's turnos of one day at one of their clinics (`?date=YYYY-MM-DD&clinic=id`;
 * today at the first clinic by default), headed by the date and the clinic, with
 * previous / next day and "Hoy". Any waiting patient can be called ("Llamar"), not only
 * the first; the buttons follow the clinic's clock (DESIGN.md §4). Kept live by the
 * clinic's event stream.
 */
export function TodayList() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const { time, dayHeading } = useFormatTime();
  const [params, setParams] = useSearchParams();
  const clinics = (catalog.data ?? []).filter((c) => user.clinic_ids.includes(c.id));
  const requestedClinic = Number(params.get('clinic'));
  const clinic = clinics.find((c) => c.id === requestedClinic) ?? clinics[0] ?? null;
  const zone = clinic?.timezone || kDefaultZone;
  const today = todayAt(zone);
  const requested = params.get('date');
  const day = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today;
  const range = dayRange(day, day, zone);
  const refetchInterval = useLiveRefresh(clinic?.id ?? null);
  const list = useAppointments(
    {
      doctor_id: user.doctor_id ?? undefined,
      ...(clinic ? { clinic_id: clinic.id } : {}),
      from: range.from.toISOString(),
      to: range.to.toISOString(),
    },
    { enabled: user.doctor_id != null && !catalog.isPending, refetchInterval },
  );
  const go = (next: { date?: string; clinic?: number }) => {
    const p = new URLSearchParams(params);
    if (next.date !== undefined) p.set('date', next.date);
    if (next.clinic !== undefined) p.set('clinic', String(next.clinic));
    setParams(p);
  };

  if (user.doctor_id == null) return <Text c="dimmed">{t('appointments.today.noDoctor')}</Text>;
  if (catalog.isPending) return <Loading />;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={2} size="h4" data-testid="today-heading">
          {dayHeading(day)}
          {clinic && ` · ${clinic.name}`}
        </Title>
        <Group gap={4} align="flex-end">
          {clinics.length > 1 && (
            <NativeSelect
              label={t('appointments.fields.clinic')}
              data={clinics.map((c) => ({ value: String(c.id), label: c.name }))}
              value={clinic ? String(clinic.id) : ''}
              onChange={(e) => go({ clinic: Number(e.currentTarget.value) })}
            />
          )}
          <Button variant="default" size="xs" onClick={() => go({ date: addDays(day, -1) })}>
            {t('appointments.today.previousDay')}
          </Button>
          <Button variant="default" size="xs" onClick={() => go({ date: today })} disabled={day === today}>
            {t('appointments.agenda.today')}
          </Button>
          <Button variant="default" size="xs" onClick={() => go({ date: addDays(day, 1) })}>
            {t('appointments.today.nextDay')}
          </Button>
          <Button variant="default" size="xs" onClick={() => void list.refetch()} loading={list.isFetching}>
            {t('appointments.today.refresh')}
          </Button>
        </Group>
      </Group>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text c="dimmed" data-testid="today-list">
          {day === today ? t('appointments.today.empty') : t('appointments.today.emptyDay')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="today-list" role="list" aria-label={t('appointments.today.listLabel')}>
          {list.data.items.map((a) => {
            const actions = allowedActions({
              role: 'doctor',
              status: a.status,
              start: new Date(a.start),
              now: new Date(),
              ownAsDoctor: true,
              timeZone: zone,
            });
            return (
              <Paper key={a.id} withBorder p="sm" role="listitem" data-testid={`appointment-${a.id}`} data-status={a.status}>
                <Group justify="space-between" wrap="wrap">
                  <div>
                    <Text fw={600}>
                      {time(a.start, zone)} – {time(a.end, zone)} · {a.patient_name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {a.practice_name} · {a.room_code}
                    </Text>
                  </div>
                  <Group gap="sm">
                    <Button component={Link} to={`/patients/${a.patient_id}/chart`} size="xs" variant="light">
                      {t('appointments.today.chart')}
                    </Button>
                    <StatusBadge status={a.status} />
                    <StatusActions appointment={a} actions={actions} />
                  </Group>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
