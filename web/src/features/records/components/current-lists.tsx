import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChronicBadge, EntryContent, Icd10Text, SeverityBadge } from '@/features/records/components/entry-content';
import type { Allergy, Diagnosis, RecordEntry, Treatment } from '@/features/records/types';
import { formatIcd10Code } from '@/features/records/utils/icd10';

/** Buttons beside an entry (the doctor's chart), or none (the patient's summary). */
export type EntryActionsRender = (entry: RecordEntry) => ReactNode;

function Section({ title, testId, empty, children }: { title: string; testId: string; empty: string | null; children: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {empty !== null ? (
        <Text c="dimmed" size="sm">
          {empty}
        </Text>
      ) : (
        <Stack gap="sm">{children}</Stack>
      )}
    </Paper>
  );
}

/** The active diagnoses, chronic first. */
export function ProblemList({ problems, title, actions }: { problems: Diagnosis[]; title?: string; actions?: EntryActionsRender }) {
  const { t } = useTranslation();
  return (
    <Section title={title ?? t('records.problems.title')} testId="problem-list" empty={problems.length === 0 ? t('records.problems.empty') : null}>
      {problems.map((d) => (
        <div key={d.id} data-testid={`problem-${d.original_id}`} data-code={formatIcd10Code(d.code)} tabIndex={-1}>
          <Icd10Text code={d.code} description={d.code_description} after={d.chronic && <ChronicBadge />} />
          {d.text && (
            <Text size="sm" c="dimmed">
              {d.text}
            </Text>
          )}
          {actions?.(d)}
        </div>
      ))}
    </Section>
  );
}

/** Treatments whose end date has not passed; each names the diagnosis it treats. */
export function TreatmentList({
  treatments,
  diagnosisLabel,
  actions,
}: {
  treatments: Treatment[];
  diagnosisLabel: (originalId: number) => string | null;
  actions?: EntryActionsRender;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('records.treatments.title')} testId="treatment-list" empty={treatments.length === 0 ? t('records.treatments.empty') : null}>
      {treatments.map((tr) => (
        <div key={tr.id} data-testid={`treatment-${tr.original_id}`}>
          <EntryContent entry={tr} diagnosisLabel={tr.diagnosis_id === null ? null : diagnosisLabel(tr.diagnosis_id)} />
          {actions?.(tr)}
        </div>
      ))}
    </Section>
  );
}

export function AllergyList({ allergies, actions }: { allergies: Allergy[]; actions?: EntryActionsRender }) {
  const { t } = useTranslation();
  return (
    <Section title={t('records.allergies.title')} testId="allergy-list" empty={allergies.length === 0 ? t('records.allergies.empty') : null}>
      {allergies.map((a) => (
        <div key={a.id} data-testid={`allergy-${a.original_id}`}>
          <Group gap="xs">
            <Text fw={600}>{a.substance}</Text>
            <SeverityBadge severity={a.severity} />
          </Group>
          {a.reaction && <Text size="sm">{a.reaction}</Text>}
          {actions?.(a)}
        </div>
      ))}
    </Section>
  );
}
