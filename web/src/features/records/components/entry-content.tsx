import { Badge, Code, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import type { AllergySeverity, RecordEntry } from '@/features/records/types';
import { formatIcd10Code } from '@/features/records/utils/icd10';

const kSeverityColor: Record<AllergySeverity, string> = { mild: 'yellow', moderate: 'orange', severe: 'red', unknown: 'gray' };

export function SeverityBadge({ severity }: { severity: AllergySeverity }) {
  const { t } = useTranslation();
  return (
    <Badge color={kSeverityColor[severity]} variant="light">
      {t(`records.severity.${severity}`)}
    </Badge>
  );
}

export function ChronicBadge() {
  const { t } = useTranslation();
  return (
    <Badge ml={6} color="grape" variant="light" data-testid="chronic-badge" style={{ verticalAlign: 'middle' }}>
      {t('records.chronic')}
    </Badge>
  );
}

/** The code as doctors read it (E11.9), then the catalog's title and whatever follows it (badges). */
export function Icd10Text({ code, description, after }: { code: string; description: string; after?: ReactNode }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Code fw={700} style={{ flexShrink: 0, whiteSpace: 'nowrap' }} data-testid="icd10-code">
        {formatIcd10Code(code)}
      </Code>
      <Text span>
        {description}
        {after}
      </Text>
    </Group>
  );
}

/**
 * One version of an entry, by kind. `diagnosisLabel` names the diagnosis a treatment treats
 * (when the chart knows it).
 */
export function EntryContent({ entry, diagnosisLabel }: { entry: RecordEntry; diagnosisLabel?: string | null }) {
  const { t } = useTranslation();
  const { day } = useRecordFormat();
  switch (entry.kind) {
    case 'diagnosis':
      return (
        <Stack gap={4}>
          <Icd10Text
            code={entry.code}
            description={entry.code_description}
            after={
              <>
                {entry.chronic && <ChronicBadge />}
                <Badge ml={6} color={entry.status === 'active' ? 'teal' : 'gray'} variant="outline">
                  {t(`records.status.${entry.status}`)}
                </Badge>
              </>
            }
          />
          {entry.text && <Text size="sm">{entry.text}</Text>}
        </Stack>
      );
    case 'treatment':
      return (
        <Stack gap={4}>
          <Text fw={600}>{entry.description}</Text>
          {(entry.dose || entry.frequency) && <Text size="sm">{[entry.dose, entry.frequency].filter(Boolean).join(' · ')}</Text>}
          <Text size="sm" c="dimmed">
            {entry.end_date
              ? t('records.treatment.between', { from: day(entry.start_date), to: day(entry.end_date) })
              : t('records.treatment.since', { from: day(entry.start_date) })}
            {entry.follow_up_days !== null && ` · ${t('records.treatment.followUp', { count: entry.follow_up_days })}`}
          </Text>
          {entry.diagnosis_id !== null && (
            <Text size="sm" data-testid="treats">
              {t('records.treatment.treats', { diagnosis: diagnosisLabel ?? t('records.fields.diagnosisNumber', { id: entry.diagnosis_id }) })}
            </Text>
          )}
        </Stack>
      );
    case 'note':
      return (
        <Stack gap={4}>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.text}</Text>
          {entry.private && (
            <Badge color="dark" variant="light" w="fit-content">
              {t('records.note.private')}
            </Badge>
          )}
        </Stack>
      );
    case 'allergy':
      return (
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={600}>{entry.substance}</Text>
            <SeverityBadge severity={entry.severity} />
          </Group>
          {entry.reaction && <Text size="sm">{entry.reaction}</Text>}
        </Stack>
      );
  }
}

/** When, who and where an entry was written. */
export function EntryMeta({ entry }: { entry: RecordEntry }) {
  const { t } = useTranslation();
  const { dateTime } = useRecordFormat();
  return (
    <Text size="xs" c="dimmed">
      <time dateTime={entry.created_at}>{dateTime(entry.created_at)}</time> · {entry.author_name} · {entry.clinic_name}
      {entry.appointment_id !== null && ` · ${t('records.duringConsultation')}`}
    </Text>
  );
}
