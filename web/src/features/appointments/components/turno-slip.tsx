import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useTurnoSlip } from '@/features/appointments/api/get-turno-slip';
import { formatDate, formatPhone, formatTime } from '@/lib/format';
import '@/features/appointments/components/turno-slip.css';

/**
 * The printable turno slip, full page and outside the app's frame: patient, DNI, date,
 * time, doctor, practice, the clinic's name, address and phone, the room. "Imprimir"
 * opens the browser's print dialog; on paper only the slip shows.
 */
export function TurnoSlipPage({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const slip = useTurnoSlip(id);

  const rows: [string, string, string][] = slip.data
    ? [
        ['patient', t('appointments.slip.patient'), slip.data.patientName],
        ['document', t('appointments.slip.document'), slip.data.document],
        ['date', t('appointments.slip.date'), formatDate(slip.data.start, slip.data.timeZone)],
        [
          'time',
          t('appointments.slip.time'),
          `${formatTime(slip.data.start, slip.data.timeZone)} – ${formatTime(slip.data.end, slip.data.timeZone)}`,
        ],
        ['doctor', t('appointments.slip.doctor'), slip.data.doctorName],
        ['practice', t('appointments.slip.practice'), slip.data.practiceName],
        ['clinic', t('appointments.slip.clinic'), slip.data.clinicName],
        ['address', t('appointments.slip.address'), slip.data.clinicAddress],
        ['phone', t('appointments.slip.phone'), formatPhone(slip.data.clinicPhone)],
        ...(slip.data.room ? [['room', t('appointments.slip.room'), slip.data.room] as [string, string, string]] : []),
      ]
    : [];

  return (
    <main className="hp-slip" data-testid="turno-slip">
      <Stack>
        <Group className="hp-slip-actions" justify="space-between" data-testid="slip-actions">
          <Button variant="default" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}>
            {t('appointments.slip.back')}
          </Button>
          <Button onClick={() => window.print()} disabled={!slip.data}>
            {t('appointments.slip.print')}
          </Button>
        </Group>
        <Title order={1} size="h2">
          {t('appointments.slip.title')}
        </Title>
        {slip.isPending && <Loading />}
        {slip.isError && <ErrorAlert error={slip.error} />}
        {slip.data && (
          <Paper withBorder p="md" className="hp-slip-card">
            <Stack gap="sm">
              <dl>
                {rows.map(([key, label, value]) => (
                  <div key={key} style={{ display: 'contents' }}>
                    <dt>{label}</dt>
                    <dd data-testid={`slip-${key}`}>{value || '—'}</dd>
                  </div>
                ))}
              </dl>
              <Text size="sm">{t('appointments.slip.footer')}</Text>
              <Text size="xs" c="dimmed">
                {t('appointments.slip.number', { id: slip.data.id })}
              </Text>
            </Stack>
          </Paper>
        )}
      </Stack>
    </main>
  );
}
