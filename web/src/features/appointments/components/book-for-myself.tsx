import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAppointment } from '@/features/appointments/api/create-appointment';
import { useDoctorHours } from '@/features/appointments/api/get-doctor-hours';
import { useClinicDoctors, useClinicPractices, useClinicRooms } from '@/features/appointments/api/list-clinic-directory';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import { doctorsForPractice } from '@/features/appointments/utils/booking';
import { addMinutes, fromLocalInput, timeAt } from '@/features/appointments/utils/time-grid';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { useNotifySuccess } from '@/hooks/use-notify';
import { weekdayLabelKey } from '@/lib/weekdays';

/**
 * "Sacar turno": clinic → practice → doctor → room → date and time, for the signed-in
 * patient. The time is typed for now; when GET /availability exists, offer its free slots
 * in place of the date-time input (the rest of the form stays).
 */
export function BookForMyself({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const catalog = useClinicsCatalog();
  const [clinicId, setClinicId] = useState('');
  const [practiceId, setPracticeId] = useState('');
  const [doctorId, setDoctorId] = useState('');
  const [roomId, setRoomId] = useState('');
  const [startText, setStartText] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const clinic = catalog.data?.find((c) => String(c.id) === clinicId) ?? null;
  const practices = useClinicPractices(clinic?.id ?? null);
  const doctors = useClinicDoctors(clinic?.id ?? null);
  const rooms = useClinicRooms(clinic?.id ?? null);
  const hours = useDoctorHours(doctorId === '' ? null : Number(doctorId));
  const mutation = useCreateAppointment();

  const practice = practices.data?.find((p) => String(p.id) === practiceId) ?? null;
  const zone = clinic?.timezone || 'America/Argentina/Buenos_Aires';
  const start = fromLocalInput(startText, zone);
  const end = start && practice ? addMinutes(start, practice.duration_minutes) : null;
  const offered = doctorsForPractice(doctors.data ?? [], practice?.specialty ?? null);
  const myHours = (hours.data ?? []).filter((b) => b.clinic_id === clinic?.id);

  const chooseClinic = (value: string) => {
    setClinicId(value);
    setPracticeId('');
    setDoctorId('');
    setRoomId('');
  };

  const submit = () => {
    const room = roomId || String(rooms.data?.find((r) => r.kind === 'consulting')?.id ?? rooms.data?.[0]?.id ?? '');
    if (!start || practiceId === '' || doctorId === '' || room === '') {
      setFailure(t('appointments.errors.incomplete'));
      return;
    }
    setFailure(null);
    mutation.mutate(
      {
        patient_id: patientId,
        doctor_id: Number(doctorId),
        room_id: Number(room),
        practice_id: Number(practiceId),
        start: start.toISOString(),
        ...(end ? { end: end.toISOString() } : {}),
      },
      {
        onSuccess: () => {
          notify(t('appointments.done.booked'));
          setStartText('');
        },
        onError: (error) => setFailure(problemText(error)),
      },
    );
  };

  const opt = (placeholder: string, items: { value: string; label: string }[]) => [{ value: '', label: placeholder }, ...items];

  return (
    <Paper withBorder p="md" maw={560}>
      <form
        data-testid="book-for-myself"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('appointments.mine.bookTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('appointments.mine.bookHint')}
          </Text>
          <NativeSelect
            label={t('appointments.fields.clinic')}
            data={opt(
              t('appointments.fields.chooseClinic'),
              (catalog.data ?? []).filter((c) => c.active).map((c) => ({ value: String(c.id), label: c.name })),
            )}
            value={clinicId}
            onChange={(e) => chooseClinic(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('appointments.fields.practice')}
            disabled={!clinic}
            data={opt(
              t('appointments.fields.choosePractice'),
              (practices.data ?? []).map((p) => ({ value: String(p.id), label: `${p.name} (${p.duration_minutes} min)` })),
            )}
            value={practiceId}
            onChange={(e) => {
              setPracticeId(e.currentTarget.value);
              setDoctorId('');
            }}
          />
          <NativeSelect
            label={t('appointments.fields.doctor')}
            disabled={!clinic}
            data={opt(
              t('appointments.fields.chooseDoctor'),
              offered.map((d) => ({ value: String(d.id), label: `${d.full_name} · ${d.specialty}` })),
            )}
            value={doctorId}
            onChange={(e) => setDoctorId(e.currentTarget.value)}
            description={
              doctorId === '' || hours.isPending
                ? undefined
                : myHours.length === 0
                  ? t('appointments.mine.noHours')
                  : t('appointments.mine.hours', {
                      hours: myHours.map((b) => `${t(weekdayLabelKey(b.weekday))} ${b.from}–${b.to}`).join(', '),
                    })
            }
          />
          <NativeSelect
            label={t('appointments.fields.room')}
            disabled={!clinic}
            data={opt(
              t('appointments.fields.chooseRoom'),
              (rooms.data ?? []).map((r) => ({ value: String(r.id), label: `${r.code} · ${r.name}` })),
            )}
            value={roomId}
            onChange={(e) => setRoomId(e.currentTarget.value)}
          />
          <TextInput
            label={t('appointments.fields.start')}
            type="datetime-local"
            step={300}
            value={startText}
            onChange={(e) => setStartText(e.currentTarget.value)}
            description={
              end && practice ? t('appointments.endsAt', { time: timeAt(end, zone), minutes: practice.duration_minutes }) : undefined
            }
          />
          {failure && (
            <Alert color="red" role="alert" data-testid="booking-error">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending}>
              {t('appointments.book')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
