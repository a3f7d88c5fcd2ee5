import { Alert, Badge, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import type { RecordAccess, RecordPatient } from '@/features/records/types';
import { ageOn, sameDay } from '@/features/records/utils/format';
import { localDate } from '@/features/records/utils/record-forms';

/** Who the record belongs to: name, document, age and sex, and the patient number. */
export function ChartHeader({ patient }: { patient: RecordPatient }) {
  const { t } = useTranslation();
  const { day } = useRecordFormat();
  const age = ageOn(patient.birth_date, localDate());
  const facts = [
    `${patient.document_type} ${patient.document_number}`,
    patient.birth_date ? `${t('records.header.age', { count: age ?? 0 })} (${day(patient.birth_date)})` : null,
    patient.sex ? t(`records.header.sex.${patient.sex}`) : null,
    t('records.header.number', { id: patient.id }),
  ].filter(Boolean);
  return (
    <Paper withBorder p="md" data-testid="chart-header">
      <Title order={2} data-testid="chart-patient-name">
        {patient.last_name}, {patient.first_name}
      </Title>
      <Text c="dimmed">{facts.join(' · ')}</Text>
    </Paper>
  );
}

/**
 * "Acceso de emergencia hasta HH:MM" while the doctor reads the record by emergency access;
 * the day too when it ends on another day (it lasts 24 hours by default).
 */
export function EmergencyBanner({ access }: { access: RecordAccess }) {
  const { t } = useTranslation();
  const { clock, dayMonth } = useRecordFormat();
  if (access.kind !== 'emergency' || access.expires_at === null) return null;
  const until = clock(access.expires_at);
  return (
    <Alert color="red" variant="filled" data-testid="emergency-banner" role="status">
      <Group gap="xs">
        <Text fw={700}>
          {sameDay(new Date(access.expires_at), new Date())
            ? t('records.emergency.banner', { time: until })
            : t('records.emergency.bannerOtherDay', { time: until, date: dayMonth(access.expires_at) })}
        </Text>
        <Badge color="white" c="red" variant="filled">
          {t('records.emergency.audited')}
        </Badge>
      </Group>
    </Alert>
  );
}
