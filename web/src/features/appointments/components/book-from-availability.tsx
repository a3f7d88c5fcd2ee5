import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateAppointment } from '@/features/appointments/api/create-appointment';
import { availabilityBaseKey, useAvailability } from '@/features/appointments/api/get-availability';
import { useActivePractices, useOfferedPractices, useSpecialtyDoctors } from '@/features/appointments/api/list-booking-options';
import { useClinicDoctors } from '@/features/appointments/api/list-clinic-directory';
import { useFormatTime } from '@/features/appointments/hooks/use-format-time';
import { useProblemText } from '@/features/appointments/hooks/use-problem-text';
import type { Appointment, AvailableSlot } from '@/features/appointments/types';
import {
  availabilityWindow,
  groupSlotsByDay,
  kAvailabilityDays,
  kAvailabilityLimit,
  slotKey,
  slotsFreeForPatient,
} from '@/features/appointments/utils/availability';
import { todayAt } from '@/features/appointments/utils/time-grid';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { useNotifySuccess } from '@/hooks/use-notify';
import { DateInput } from '@/components/date-input';
import { isIsoDate } from '@/lib/format';

const kDefaultZone = 'America/Argentina/Buenos_Aires';

/**
 * "Sacar turno" for the signed-in patient: a practice (and, if they like, a clinic and a
 * doctor, in any order; each narrows the others' options) → the free slots of the coming week from the chosen day, by day → one chosen and
 * confirmed → POST /appointments for themselves. Slots overlapping one of their own turnos
 * are left out; a refusal (someone took the slot first) says why and refreshes the slots.
 */
export function BookFromAvailability({
  patientId,
  mine,
  clinicIds,
  onBooked,
}: {
  patientId: number;
  mine: readonly Appointment[];
  /** Secretaries book at their clinics only: the clinics offered (all when absent). */
  clinicIds?: readonly number[];
  onBooked?: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useClinicsCatalog();
  const [practiceId, setPracticeId] = useState('');
  const [clinicId, setClinicId] = useState('');
  const [doctorId, setDoctorId] = useState('');
  const [fromDate, setFromDate] = useState(() => todayAt(kDefaultZone));
  const [chosen, setChosen] = useState<AvailableSlot | null>(null);

  // Each choice narrows the others: the clinics that offer the practice and where the
  // doctor works; the doctors of the practice's specialty (or of the clinic) there; the
  // practices the clinic offers of the doctor's specialty.
  const allPractices = useActivePractices();
  const practice = allPractices.data?.find((p) => String(p.id) === practiceId) ?? null;
  const inClinics = (catalog.data ?? []).filter((c) => c.active && (!clinicIds || clinicIds.includes(c.id)));
  const clinicOfChoice = inClinics.find((c) => String(c.id) === clinicId) ?? null;
  const specialtyDoctors = useSpecialtyDoctors(practice?.specialty ?? null);
  const clinicDoctors = useClinicDoctors(practice ? null : (clinicOfChoice?.id ?? null));
  const doctorPool = practice ? specialtyDoctors : clinicDoctors;
  const offered = (doctorPool.data ?? [])
    .filter((d) => !clinicOfChoice || d.clinic_ids.includes(clinicOfChoice.id))
    .sort((a, b) => a.full_name.localeCompare(b.full_name));
  const doctor = offered.find((d) => String(d.id) === doctorId) ?? null;
  const clinics = inClinics.filter(
    (c) => (!practice || practice.clinic_ids.includes(c.id)) && (!doctor || doctor.clinic_ids.includes(c.id)),
  );
  const clinic = clinics.find((c) => String(c.id) === clinicId) ?? null;
  const practices = useOfferedPractices(clinic?.id ?? null, doctor?.specialty || null);
  const doctors = doctorPool;
  const zone = clinic?.timezone || kDefaultZone;
  const range = availabilityWindow(fromDate, zone);
  const availability = useAvailability(
    practice
      ? {
          practice_id: practice.id,
          ...(clinic ? { clinic_id: clinic.id } : {}),
          ...(doctorId !== '' ? { doctor_id: Number(doctorId) } : {}),
          ...range,
        }
      : null,
  );

  const practiceGroups = useMemo(() => {
    const bySpecialty = new Map<string, { value: string; label: string }[]>();
    for (const p of [...(practices.data ?? [])]
      .filter((p) => !clinicIds || p.clinic_ids.some((id) => clinicIds.includes(id)))
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const items = bySpecialty.get(p.specialty) ?? [];
      items.push({ value: String(p.id), label: `${p.name} (${p.duration_minutes} min)` });
      bySpecialty.set(p.specialty, items);
    }
    return [...bySpecialty.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([group, items]) => ({ group, items }));
  }, [practices.data, clinicIds]);

  const choose = (setter: (value: string) => void) => (value: string) => {
    setter(value);
    setChosen(null);
  };

  return (
    <Paper withBorder p="md" data-testid="book-from-availability">
      <Stack>
        <Title order={2} size="h4">
          {t('appointments.mine.bookTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('appointments.mine.availabilityHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <NativeSelect
            label={t('appointments.fields.practice')}
            data={[{ value: '', label: t('appointments.fields.choosePractice') }, ...practiceGroups]}
            value={practiceId}
            onChange={(e) => choose(setPracticeId)(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('appointments.fields.clinic')}
            data={[
              { value: '', label: t('appointments.mine.anyClinic') },
              ...clinics.map((c) => ({ value: String(c.id), label: c.name })),
            ]}
            value={clinicId}
            onChange={(e) => {
              const value = e.currentTarget.value;
              choose(setClinicId)(value);
              if (practice && value !== '' && !practice.clinic_ids.includes(Number(value))) setPracticeId('');
              if (doctor && value !== '' && !doctor.clinic_ids.includes(Number(value))) setDoctorId('');
            }}
          />
          <NativeSelect
            label={t('appointments.fields.doctor')}
            disabled={!practice && !clinic}
            data={[
              { value: '', label: t('appointments.mine.anyDoctor') },
              ...offered.map((d) => ({ value: String(d.id), label: d.full_name })),
            ]}
            value={doctorId}
            onChange={(e) => choose(setDoctorId)(e.currentTarget.value)}
          />
          <DateInput
            label={t('appointments.mine.fromDate')}
            value={fromDate}
            onChange={(v) => isIsoDate(v) && v >= todayAt(zone) && choose(setFromDate)(v)}
          />
        </SimpleGrid>
        {practice && (
          <FreeSlots
            slots={availability.data?.filter((s) => !clinicIds || clinicIds.includes(s.clinic_id))}
            loading={availability.isPending || availability.isPlaceholderData}
            error={availability.error}
            mine={mine}
            doctorNames={new Map((doctors.data ?? []).map((d) => [d.id, d.full_name]))}
            chosen={chosen}
            onChoose={setChosen}
          />
        )}
        <Modal opened={practice !== null && chosen !== null} onClose={() => setChosen(null)} title={t('appointments.mine.chosen')}>
          {practice && chosen && (
            <ConfirmSlot
              key={slotKey(chosen)}
              slot={chosen}
              patientId={patientId}
              practiceId={practice.id}
              practiceName={practice.name}
              doctorName={(doctors.data ?? []).find((d) => d.id === chosen.doctor_id)?.full_name ?? ''}
              onDone={() => setChosen(null)}
              onBooked={onBooked}
            />
          )}
        </Modal>
      </Stack>
    </Paper>
  );
}

export interface FreeSlotsProps {
  slots: AvailableSlot[] | undefined;
  loading: boolean;
  error: unknown;
  mine: readonly Appointment[];
  doctorNames: ReadonlyMap<number, string>;
  chosen: AvailableSlot | null;
  onChoose: (slot: AvailableSlot) => void;
}

/** Slots shown per day until the patient asks for the rest of that day. */
const kSlotsPerDay = 12;

/** The free slots by day (those overlapping one of `mine` left out), each a button that chooses it. */
export function FreeSlots({ slots, loading, error, mine, doctorNames, chosen, onChoose }: FreeSlotsProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const catalog = useClinicsCatalog();
  const { dayHeading, time } = useFormatTime();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const clinics = new Map((catalog.data ?? []).map((c) => [c.id, c]));
  const zoneOf = (clinicId: number) => clinics.get(clinicId)?.timezone || kDefaultZone;

  if (error) {
    return (
      <Alert color="red" role="alert">
        {problemText(error)}
      </Alert>
    );
  }
  if (!slots) return <Loader size="sm" aria-label={t('common.loading')} />;
  const days = groupSlotsByDay(slotsFreeForPatient(slots, mine), zoneOf);

  return (
    <Stack gap="sm" data-testid="free-slots" aria-busy={loading} style={{ opacity: loading ? 0.6 : 1 }}>
      {days.length === 0 ? (
        <Text c="dimmed">{t('appointments.mine.noSlots', { days: kAvailabilityDays })}</Text>
      ) : (
        days.map(({ date, slots: daySlots }) => (
          <Stack key={date} gap={6} role="group" aria-label={dayHeading(date)}>
            <Text fw={600}>{dayHeading(date)}</Text>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="xs">
              {(expanded.has(date) ? daySlots : daySlots.slice(0, kSlotsPerDay)).map((s) => {
                const zone = zoneOf(s.clinic_id);
                const selected = chosen !== null && slotKey(chosen) === slotKey(s);
                const doctor = doctorNames.get(s.doctor_id) ?? t('appointments.mine.doctorNumber', { id: s.doctor_id });
                const clinicName = clinics.get(s.clinic_id)?.name ?? '';
                return (
                  <UnstyledButton
                    key={slotKey(s)}
                    data-testid="free-slot"
                    data-start={s.start}
                    data-doctor-id={s.doctor_id}
                    aria-pressed={selected}
                    onClick={() => onChoose(s)}
                    style={{
                      padding: '6px 10px',
                      borderRadius: 4,
                      border: `1px solid var(--mantine-color-${selected ? 'teal-6' : 'gray-3'})`,
                      background: selected ? 'var(--mantine-color-teal-0)' : undefined,
                    }}
                  >
                    <Text fw={700}>{time(s.start, zone)}</Text>
                    <Text size="sm" lineClamp={1}>
                      {doctor}
                    </Text>
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      {clinicName}
                    </Text>
                  </UnstyledButton>
                );
              })}
            </SimpleGrid>
            {!expanded.has(date) && daySlots.length > kSlotsPerDay && (
              <Group>
                <Button variant="subtle" size="xs" onClick={() => setExpanded(new Set([...expanded, date]))}>
                  {t('appointments.mine.moreThatDay', { count: daySlots.length - kSlotsPerDay })}
                </Button>
              </Group>
            )}
          </Stack>
        ))
      )}
      {slots.length >= kAvailabilityLimit && (
        <Text size="xs" c="dimmed">
          {t('appointments.mine.moreSlots')}
        </Text>
      )}
    </Stack>
  );
}

interface ConfirmSlotProps {
  slot: AvailableSlot;
  patientId: number;
  practiceId: number;
  practiceName: string;
  doctorName: string;
  onDone: () => void;
  onBooked?: () => void;
}

function ConfirmSlot({ slot, patientId, practiceId, practiceName, doctorName, onDone, onBooked }: ConfirmSlotProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const notify = useNotifySuccess();
  const queryClient = useQueryClient();
  const catalog = useClinicsCatalog();
  const { dateTime, time } = useFormatTime();
  const mutation = useCreateAppointment();
  const [failure, setFailure] = useState<string | null>(null);
  const clinic = catalog.data?.find((c) => c.id === slot.clinic_id);
  const zone = clinic?.timezone || kDefaultZone;

  const book = () => {
    setFailure(null);
    mutation.mutate(
      {
        patient_id: patientId,
        doctor_id: slot.doctor_id,
        room_id: slot.room_id,
        practice_id: practiceId,
        start: slot.start,
        end: slot.end,
      },
      {
        onSuccess: () => {
          notify(t('appointments.done.booked'));
          onDone();
          onBooked?.();
        },
        onError: (error) => {
          setFailure(problemText(error));
          // Someone may have taken the slot: show what is free now (success refetches anyway).
          void queryClient.invalidateQueries({ queryKey: availabilityBaseKey });
        },
      },
    );
  };

  return (
    <Stack gap="xs" data-testid="chosen-slot">
      <Text fw={600}>
        {dateTime(slot.start, zone)} – {time(slot.end, zone)}
      </Text>
      <Text size="sm">
        {practiceName} · {doctorName} · {clinic?.name}
      </Text>
      {failure && (
        <Alert color="red" role="alert" data-testid="booking-error">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('appointments.mine.chooseAnother')}
        </Button>
        <Button onClick={book} loading={mutation.isPending} disabled={failure !== null}>
          {t('appointments.mine.confirm')}
        </Button>
      </Group>
    </Stack>
  );
}
