import { Button, Divider, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTurnoPatient } from '@/features/appointments/api/get-turno-patient';
import { HistoryList } from '@/features/appointments/components/history-list';
import { RescheduleForm } from '@/features/appointments/components/reschedule-form';
import { StatusActions } from '@/features/appointments/components/status-actions';
import { StatusBadge } from '@/features/appointments/components/status-badge';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import type { Appointment } from '@/features/appointments/types';
import { allowedActions } from '@/features/appointments/utils/status-actions';
import type { Role } from '@/lib/api-models';
import { formatPhone } from '@/lib/format';

interface AppointmentPanelProps {
  appointment: Appointment | null;
  role: Role;
  timeZone: string;
  onClose: () => void;
}

/** The agenda's side panel: the turno's data, its status buttons, the reschedule form and its history. */
export function AppointmentPanel({ appointment, role, timeZone, onClose }: AppointmentPanelProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={appointment !== null}
      onClose={onClose}
      position="right"
      size="md"
      title={t('appointments.detailTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {appointment && <PanelBody key={appointment.id} appointment={appointment} role={role} timeZone={timeZone} />}
    </Drawer>
  );
}

function PanelBody({ appointment: a, role, timeZone }: { appointment: Appointment; role: Role; timeZone: string }) {
  const { t } = useTranslation();
  const { dateTime, time } = useFormatTime();
  const actions = allowedActions({ role, status: a.status, start: new Date(a.start), now: new Date(), timeZone });
  const patient = useTurnoPatient(a.patient_id);
  const p = patient.data;

  return (
    <Stack data-testid="appointment-panel" data-appointment-id={a.id}>
      <Table variant="vertical" withTableBorder>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={120}>{t('appointments.fields.patient')}</Table.Th>
            <Table.Td>{a.patient_name ?? `#${a.patient_id}`}</Table.Td>
          </Table.Tr>
          {p && (
            <>
              <Table.Tr>
                <Table.Th>{t('appointments.fields.document')}</Table.Th>
                <Table.Td data-testid="panel-document">{p.document}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('appointments.fields.phone')}</Table.Th>
                <Table.Td data-testid="panel-phone">{p.phone ? formatPhone(p.phone) : '—'}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('appointments.fields.insurer')}</Table.Th>
                <Table.Td data-testid="panel-insurer">
                  {p.insurer ? `${p.insurer}${p.memberNumber ? ` · ${p.memberNumber}` : ''}` : '—'}
                </Table.Td>
              </Table.Tr>
            </>
          )}
          <Table.Tr>
            <Table.Th>{t('appointments.fields.doctor')}</Table.Th>
            <Table.Td>{a.doctor_name ?? `#${a.doctor_id}`}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('appointments.fields.practice')}</Table.Th>
            <Table.Td>{a.practice_name ?? `#${a.practice_id}`}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('appointments.fields.room')}</Table.Th>
            <Table.Td>{a.room_code ?? `#${a.room_id}`}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('appointments.fields.when')}</Table.Th>
            <Table.Td>
              {dateTime(a.start, timeZone)} – {time(a.end, timeZone)}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>{t('appointments.fields.status')}</Table.Th>
            <Table.Td>
              <StatusBadge status={a.status} />
            </Table.Td>
          </Table.Tr>
          {a.reason && (
            <Table.Tr>
              <Table.Th>{t('appointments.fields.reason')}</Table.Th>
              <Table.Td>{a.reason}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <StatusActions appointment={a} actions={actions} />
      <Group gap="xs">
        <Button size="xs" variant="light" component={Link} to={`/appointments/${a.id}/slip`}>
          {t('appointments.slip.open')}
        </Button>
      </Group>
      {actions.includes('reschedule') && (
        <>
          <Divider />
          <RescheduleForm appointment={a} timeZone={timeZone} />
        </>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('appointments.history')}
      </Title>
      <HistoryList appointmentId={a.id} timeZone={timeZone} />
      <Text size="xs" c="dimmed">
        #{a.id}
      </Text>
    </Stack>
  );
}
