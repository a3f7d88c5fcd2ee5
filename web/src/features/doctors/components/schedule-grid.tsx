import { ActionIcon, Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePutSchedule } from '@/features/doctors/api/put-schedule';
import type { BlockErrors, BlockRow } from '@/features/doctors/types';
import { blockErrorsByKey, newBlockRow, parseOverlap, rowsToSchedule, scheduleToRows } from '@/features/doctors/utils/schedule';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import type { Clinic, Doctor, Schedule } from '@/lib/api-models';
import { kWeekdays, weekdayLabelKey } from '@/lib/weekdays';
import { TimeInput } from '@/components/date-input';

interface ScheduleGridProps {
  doctor: Doctor;
  schedule: Schedule;
  clinics: readonly Clinic[];
  canManage: boolean;
}

/** The doctor's week: per weekday, blocks of hours at one of their clinics. */
export function ScheduleGrid({ doctor, schedule, clinics, canManage }: ScheduleGridProps) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const notifySuccess = useNotifySuccess();
  const mutation = usePutSchedule(doctor.id);
  const [rows, setRows] = useState<BlockRow[]>(() => scheduleToRows(schedule));
  const [errors, setErrors] = useState<Record<string, BlockErrors>>({});
  const [failure, setFailure] = useState<string | null>(null);

  const clinicName = new Map(clinics.map((c) => [c.id, c.name]));
  const doctorClinics = doctor.clinic_ids.map((id) => ({ value: String(id), label: clinicName.get(id) ?? `#${id}` }));

  const update = (key: string, patch: Partial<BlockRow>) =>
    setRows((current) => current.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const remove = (key: string) => setRows((current) => current.filter((r) => r.key !== key));
  const add = (weekday: number) =>
    setRows((current) => [...current, newBlockRow(current, weekday, doctorClinics[0]?.value ?? '')]);

  const describe = (field: string, message: string) => {
    const overlap = parseOverlap(message);
    if (overlap) {
      return t('doctors.schedule.overlaps', {
        day: t(weekdayLabelKey(overlap.weekday)),
        from: overlap.from,
        to: overlap.to,
      });
    }
    return fieldMessage(field, message);
  };

  const save = () => {
    setErrors({});
    setFailure(null);
    const { body, keys } = rowsToSchedule(rows);
    mutation.mutate(body, {
      onSuccess: (stored) => {
        setRows(scheduleToRows(stored));
        notifySuccess(t('doctors.schedule.saved'));
      },
      onError: (error) => {
        if (!isApiError(error)) {
          setFailure(t('common.unexpectedError'));
          return;
        }
        const { byKey, rest } = blockErrorsByKey(error.errors, keys);
        setErrors(byKey);
        if (error.errors.length === 0 || rest.length > 0) {
          setFailure(problems.line(error, rest));
        } else {
          setFailure(t('doctors.schedule.fixBlocks'));
        }
      },
    });
  };

  return (
    <Stack>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {canManage && doctorClinics.length === 0 && (
        <Alert color="yellow">{t('doctors.schedule.noClinics')}</Alert>
      )}
      <Table data-testid="schedule-grid" aria-label={t('doctors.schedule.label')} withTableBorder>
        <Table.Tbody>
          {kWeekdays.map((weekday) => {
            const day = t(weekdayLabelKey(weekday));
            const dayRows = rows.filter((r) => r.weekday === weekday);
            return (
              <Table.Tr key={weekday} data-testid={`schedule-day-${weekday}`}>
                <Table.Th w={120} scope="row">
                  {day}
                </Table.Th>
                <Table.Td>
                  <Stack gap="xs">
                    {dayRows.length === 0 && (
                      <Text c="dimmed" size="sm">
                        {t('doctors.schedule.free')}
                      </Text>
                    )}
                    {dayRows.map((row, i) => {
                      const n = i + 1;
                      const blockErrors = errors[row.key] ?? {};
                      const where = { day, n };
                      if (!canManage) {
                        return (
                          <Text key={row.key} size="sm" data-testid={`schedule-block-${weekday}-${n}`}>
                            {row.from}–{row.to} · {clinicName.get(Number(row.clinic_id)) ?? `#${row.clinic_id}`}
                          </Text>
                        );
                      }
                      return (
                        <div key={row.key} data-testid={`schedule-block-${weekday}-${n}`}>
                          <Group align="flex-start" gap="xs" wrap="wrap">
                            <NativeSelect
                              aria-label={t('doctors.schedule.clinicOf', where)}
                              w={220}
                              value={row.clinic_id}
                              onChange={(e) => update(row.key, { clinic_id: e.currentTarget.value })}
                              data={
                                doctorClinics.some((c) => c.value === row.clinic_id)
                                  ? doctorClinics
                                  : [{ value: row.clinic_id, label: clinicName.get(Number(row.clinic_id)) ?? `#${row.clinic_id}` }, ...doctorClinics]
                              }
                              error={blockErrors.clinic_id && describe('clinic_id', blockErrors.clinic_id)}
                            />
                            <TimeInput
                              aria-label={t('doctors.schedule.fromOf', where)}
                              w={90}
                              value={row.from}
                              onChange={(v) => update(row.key, { from: v })}
                              error={blockErrors.from && describe('from', blockErrors.from)}
                            />
                            <TimeInput
                              aria-label={t('doctors.schedule.toOf', where)}
                              w={90}
                              value={row.to}
                              onChange={(v) => update(row.key, { to: v })}
                              error={blockErrors.to && describe('to', blockErrors.to)}
                            />
                            <ActionIcon
                              variant="subtle"
                              color="red"
                              size="lg"
                              onClick={() => remove(row.key)}
                              aria-label={t('doctors.schedule.removeOf', where)}
                            >
                              ✕
                            </ActionIcon>
                          </Group>
                          {(blockErrors.block || blockErrors.weekday) && (
                            <Text c="red" size="sm" role="alert" data-testid={`schedule-block-error-${weekday}-${n}`}>
                              {[blockErrors.block, blockErrors.weekday]
                                .filter((m): m is string => Boolean(m))
                                .map((m) => describe('block', m))
                                .join('; ')}
                            </Text>
                          )}
                        </div>
                      );
                    })}
                    {canManage && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        style={{ alignSelf: 'flex-start' }}
                        onClick={() => add(weekday)}
                        disabled={doctorClinics.length === 0}
                        aria-label={t('doctors.schedule.addOn', { day })}
                      >
                        {t('doctors.schedule.add')}
                      </Button>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {canManage && (
        <Button onClick={save} loading={mutation.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('doctors.schedule.save')}
        </Button>
      )}
    </Stack>
  );
}
