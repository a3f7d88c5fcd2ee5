import { Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAppointments } from '@/features/appointments/api/list-appointments';
import { BookFromAvailability } from '@/features/appointments/components/book-from-availability';
import { StatusBadge } from '@/features/appointments/components/status-badge';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import type { Appointment } from '@/features/appointments/types';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/**
 * A patient's turnos on their page (staff): upcoming (soonest first) and past (latest
 * first), each with its state, and "Dar turno" for secretaries: the next free slots by
 * practice (clinic and doctor optional) at their clinics, booked for this patient.
 */
export function PatientAppointments({ patientId, canBook, clinicIds }: { patientId: number; canBook: boolean; clinicIds: readonly number[] }) {
  const { t } = useTranslation();
  const list = useAppointments({ patient_id: patientId });
  const [booking, setBooking] = useState(false);
  const now = Date.now();
  const items = list.data?.items ?? [];
  const upcoming = items.filter((a) => Date.parse(a.end) >= now).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = items.filter((a) => Date.parse(a.end) < now).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));

  return (
    <Paper withBorder p="md" data-testid="patient-appointments">
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {t('appointments.patient.title')}
          </Title>
          {canBook && (
            <Button onClick={() => setBooking(true)} data-testid="give-turno">
              {t('appointments.patient.book')}
            </Button>
          )}
        </Group>
        {list.isPending ? (
          <Loading />
        ) : list.isError ? (
          <ErrorAlert error={list.error} />
        ) : (
          <>
            <TurnoTable title={t('appointments.mine.upcoming')} items={upcoming} empty={t('appointments.patient.noneUpcoming')} testId="patient-upcoming" />
            <TurnoTable title={t('appointments.mine.past')} items={past} empty={t('appointments.patient.nonePast')} testId="patient-past" />
          </>
        )}
      </Stack>
      <Modal opened={booking} onClose={() => setBooking(false)} title={t('appointments.patient.book')} size="xl">
        <BookFromAvailability patientId={patientId} mine={items} clinicIds={clinicIds} onBooked={() => setBooking(false)} />
      </Modal>
    </Paper>
  );
}

function TurnoTable({ title, items, empty, testId }: { title: string; items: readonly Appointment[]; empty: string; testId: string }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatTime();
  const catalog = useClinicsCatalog();
  const zoneOf = (clinicId: number) => catalog.data?.find((c) => c.id === clinicId)?.timezone || kDefaultZone;
  const clinicName = (clinicId: number) => catalog.data?.find((c) => c.id === clinicId)?.name ?? `#${clinicId}`;
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={4} size="h5">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('appointments.fields.when')}</Table.Th>
              <Table.Th>{t('appointments.fields.practice')}</Table.Th>
              <Table.Th>{t('appointments.fields.doctor')}</Table.Th>
              <Table.Th>{t('appointments.fields.clinic')}</Table.Th>
              <Table.Th>{t('appointments.fields.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((a) => (
              <Table.Tr key={a.id} data-testid={`patient-appointment-${a.id}`} data-status={a.status}>
                <Table.Td>{dateTime(a.start, zoneOf(a.clinic_id))}</Table.Td>
                <Table.Td>{a.practice_name}</Table.Td>
                <Table.Td>{a.doctor_name}</Table.Td>
                <Table.Td>{clinicName(a.clinic_id)}</Table.Td>
                <Table.Td>
                  <StatusBadge status={a.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
