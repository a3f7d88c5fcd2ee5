import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAppointment } from '@/features/appointments/api/create-appointment';
import { useClinicDoctors, useClinicPractices, useClinicRooms } from '@/features/appointments/api/list-clinic-directory';
import { usePatientSearch } from '@/features/appointments/api/search-patients';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment } from '@/features/appointments/types';
import { suggestRoom } from '@/features/appointments/utils/booking';
import { addMinutes, fromLocalInput, timeAt, toLocalInput } from '@/features/appointments/utils/time-grid';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import { useNotifySuccess } from '@/hooks/use-notify';
import { DateTimeInput } from '@/components/date-input';

export interface BookingTarget {
  doctorId: number;
  doctorName: string;
  start: Date;
}

interface BookingModalProps {
  clinicId: number;
  timeZone: string;
  target: BookingTarget | null;
  /** The turnos the agenda has loaded, to offer a free room first. */
  appointments: readonly Appointment[];
  onClose: () => void;
}

/** The secretary's booking dialog, opened from an empty slot of a doctor's column. */
export function BookingModal({ target, onClose, ...rest }: BookingModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('appointments.newTitle')} size="lg">
      {target && <BookingForm key={`${target.doctorId}-${target.start.getTime()}`} target={target} onClose={onClose} {...rest} />}
    </Modal>
  );
}

function BookingForm({ clinicId, timeZone, target, appointments, onClose }: BookingModalProps & { target: BookingTarget }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  // Only what the clinic offers of the doctor's specialty.
  const doctors = useClinicDoctors(clinicId);
  const specialty = doctors.data?.find((d) => d.id === target.doctorId)?.specialty;
  const practices = useClinicPractices(clinicId, specialty, doctors.isSuccess);
  const rooms = useClinicRooms(clinicId);
  const search = useDebouncedSearch();
  const patients = usePatientSearch(search.query);
  const mutation = useCreateAppointment();

  const [patientId, setPatientId] = useState('');
  const [practiceId, setPracticeId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [startText, setStartText] = useState(() => toLocalInput(target.start, timeZone));
  const [failure, setFailure] = useState<string | null>(null);

  const practice = practices.data?.find((p) => String(p.id) === practiceId) ?? null;
  const start = fromLocalInput(startText, timeZone);
  const end = start && practice ? addMinutes(start, practice.duration_minutes) : null;

  // One match (a DNI typed in full): choose it.
  const found = patients.data ?? [];
  useEffect(() => {
    if (found.length === 1) setPatientId(String(found[0]!.id));
    else if (!found.some((p) => String(p.id) === patientId)) setPatientId('');
  }, [patients.data]);

  // Offer a free room for the chosen time once the rooms are known (the user may change it).
  const suggested = useMemo(
    () => (rooms.data && start ? suggestRoom(rooms.data, appointments, start, end ?? addMinutes(start, 15)) : null),
    [rooms.data, startText, practiceId, appointments],
  );
  useEffect(() => {
    if (roomId === '' && suggested !== null) setRoomId(String(suggested));
  }, [suggested, roomId]);

  const submit = () => {
    if (!start || patientId === '' || practiceId === '' || roomId === '') {
      setFailure(t('appointments.errors.incomplete'));
      return;
    }
    setFailure(null);
    mutation.mutate(
      {
        patient_id: Number(patientId),
        doctor_id: target.doctorId,
        room_id: Number(roomId),
        practice_id: Number(practiceId),
        start: start.toISOString(),
        ...(end ? { end: end.toISOString() } : {}),
      },
      {
        onSuccess: () => {
          notify(t('appointments.done.booked'));
          onClose();
        },
        onError: (error) => setFailure(problemText(error)),
      },
    );
  };

  const patientOptions = [
    { value: '', label: found.length === 0 && search.query !== '' ? t('appointments.fields.noPatients') : t('appointments.fields.choosePatient') },
    ...found.map((p) => ({ value: String(p.id), label: `${p.last_name}, ${p.first_name} · ${p.document_type} ${p.document_number}` })),
  ];
  const practiceOptions = [
    { value: '', label: t('appointments.fields.choosePractice') },
    ...(practices.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.duration_minutes} min)` })),
  ];
  const roomOptions = [
    { value: '', label: t('appointments.fields.chooseRoom') },
    ...(rooms.data ?? []).map((r) => ({ value: String(r.id), label: `${r.code} · ${r.name}` })),
  ];

  return (
    <form
      data-testid="booking-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack>
        <Text size="sm">
          {t('appointments.fields.doctor')}: <strong>{target.doctorName}</strong>
        </Text>
        <TextInput
          label={t('appointments.fields.patientSearch')}
          placeholder={t('appointments.fields.patientSearchPlaceholder')}
          type="search"
          value={search.text}
          onChange={(e) => search.setText(e.currentTarget.value)}
          data-autofocus
        />
        <NativeSelect
          label={t('appointments.fields.patient')}
          data={patientOptions}
          value={patientId}
          onChange={(e) => setPatientId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('appointments.fields.practice')}
          data={practiceOptions}
          value={practiceId}
          onChange={(e) => setPracticeId(e.currentTarget.value)}
        />
        <NativeSelect
          label={t('appointments.fields.room')}
          data={roomOptions}
          value={roomId}
          onChange={(e) => setRoomId(e.currentTarget.value)}
        />
        <DateTimeInput
          label={t('appointments.fields.start')}
          value={startText}
          onChange={setStartText}
          description={
            end && practice
              ? t('appointments.endsAt', { time: timeAt(end, timeZone), minutes: practice.duration_minutes })
              : undefined
          }
        />
        {failure && (
          <Alert color="red" role="alert" data-testid="booking-error">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('appointments.book')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
