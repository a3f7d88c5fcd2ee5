import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAppointmentHistory } from '@/features/appointments/api/get-appointment-history';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import type { AppointmentEvent } from '@/features/appointments/types';
import { statusLabelKey } from '@/features/appointments/utils/status-actions';

/** Every change of a turno, oldest first: who, when, from, to, reason. */
export function HistoryList({ appointmentId, timeZone }: { appointmentId: number; timeZone: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatTime();
  const history = useAppointmentHistory(appointmentId);
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (history.data.length === 0) return <Text c="dimmed">{t('appointments.historyEmpty')}</Text>;

  const what = (e: AppointmentEvent) => {
    if (e.kind === 'created') return t('appointments.historyCreated');
    if (e.kind === 'rescheduled') return t('appointments.historyRescheduled');
    const from = e.from_status ? t(statusLabelKey(e.from_status)) : '';
    const to = e.to_status ? t(statusLabelKey(e.to_status)) : '';
    return from ? `${from} → ${to}` : to;
  };

  return (
    <List spacing="xs" size="sm" data-testid="appointment-history" aria-label={t('appointments.history')}>
      {history.data.map((e) => (
        <List.Item key={e.id} data-testid={`history-${e.id}`}>
          <Text size="sm" fw={600} component="span">
            {what(e)}
          </Text>{' '}
          <Text size="sm" c="dimmed" component="span">
            {dateTime(e.occurred_at, timeZone)} · {t('appointments.historyBy', { name: e.actor_name ?? t('appointments.system') })}
          </Text>
          {e.reason && (
            <Text size="sm">
              {t('appointments.fields.reason')}: {e.reason}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
