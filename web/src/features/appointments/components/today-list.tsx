import { Button, Group, Paper, Stack, Text } from '@mantine/core';
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
import { dayRange, todayAt } from '@/features/appointments/utils/time-grid';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/**
 * The doctor's turnos today (at the zone of their first clinic; `?date=YYYY-MM-DD` shows
 * another day). "Llamar" shows only on the next waiting patient; "Finalizar" on the one
 * in consultation. Kept live by the first clinic's event stream.
 */
export function TodayList() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const { time } = useFormatTime();
  const zone = catalog.data?.find((c) => user.clinic_ids.includes(c.id))?.timezone || kDefaultZone;
  const [params] = useSearchParams();
  const requested = params.get('date');
  const day = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : todayAt(zone);
  const range = dayRange(day, day, zone);
  const refetchInterval = useLiveRefresh(user.clinic_ids[0] ?? null);
  const list = useAppointments(
    { doctor_id: user.doctor_id ?? undefined, from: range.from.toISOString(), to: range.to.toISOString() },
    { enabled: user.doctor_id != null && !catalog.isPending, refetchInterval },
  );

  if (user.doctor_id == null) return <Text c="dimmed">{t('appointments.today.noDoctor')}</Text>;
  if (catalog.isPending || list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;

  const items = list.data.items;
  const nextWaiting = items.find((a) => a.status === 'waiting')?.id ?? null;
  const now = new Date();

  return (
    <Stack>
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={() => void list.refetch()} loading={list.isFetching}>
          {t('appointments.today.refresh')}
        </Button>
      </Group>
      {items.length === 0 ? (
        <Text c="dimmed" data-testid="today-list">
          {t('appointments.today.empty')}
        </Text>
      ) : (
        <Stack gap="xs" data-testid="today-list" role="list" aria-label={t('appointments.today.listLabel')}>
          {items.map((a) => {
            const actions = allowedActions({
              role: 'doctor',
              status: a.status,
              start: new Date(a.start),
              now,
              ownAsDoctor: true,
            }).filter((action) => action !== 'call' || a.id === nextWaiting);
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
