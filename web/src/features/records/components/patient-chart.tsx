import { Button, Group, Modal, SimpleGrid, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { usePatientRecord, type Chart } from '@/features/records/api/get-record';
import { AllergyForm } from '@/features/records/components/allergy-form';
import { AmendEntryModal, type AmendTarget } from '@/features/records/components/amend-entry-modal';
import { ChartHeader, EmergencyBanner } from '@/features/records/components/chart-header';
import { AllergyList, ProblemList, TreatmentList } from '@/features/records/components/current-lists';
import { DiagnosisForm } from '@/features/records/components/diagnosis-form';
import { EmergencyAccessGate } from '@/features/records/components/emergency-access-gate';
import { EntryActions } from '@/features/records/components/entry-actions';
import { FollowUpPlans } from '@/features/records/components/follow-up-plans';
import { SmsMessages } from '@/features/records/components/sms-messages';
import { NoteForm } from '@/features/records/components/note-form';
import { RecordTimeline } from '@/features/records/components/record-timeline';
import { TreatmentForm } from '@/features/records/components/treatment-form';
import { WriteContextBar } from '@/features/records/components/write-context-bar';
import { useWriteContext } from '@/features/records/hooks/use-write-context';
import type { RecordEntryKind } from '@/features/records/types';
import { formatIcd10Code } from '@/features/records/utils/icd10';
import { isApiError } from '@/lib/api-error';

/** A new entry being written: its kind, and for a treatment the diagnosis it was opened from. */
interface Adding {
  kind: RecordEntryKind;
  diagnosisId?: number;
}

/**
 * The doctor's chart of a patient: who, the problem list, active treatments, allergies and
 * the timeline, with the forms to add and correct entries. A record the doctor may not read
 * (404) offers emergency access instead.
 */
export function PatientChart({ patientId }: { patientId: number }) {
  const record = usePatientRecord(patientId);
  if (record.isPending) return <Loading />;
  if (record.isError) {
    if (isApiError(record.error) && record.error.status === 404) return <EmergencyAccessGate patientId={patientId} />;
    return <ErrorAlert error={record.error} />;
  }
  return (
    <ChartLoaded
      patientId={patientId}
      chart={record.data}
      hasMore={record.hasNextPage}
      loadingMore={record.isFetchingNextPage}
      onMore={() => void record.fetchNextPage()}
      onStale={() => void record.refetch()}
    />
  );
}

interface ChartLoadedProps {
  patientId: number;
  chart: Chart;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  onStale: () => void;
}

function ChartLoaded({ patientId, chart, hasMore, loadingMore, onMore, onStale }: ChartLoadedProps) {
  const { t } = useTranslation();
  const write = useWriteContext(patientId);
  const [adding, setAdding] = useState<Adding | null>(null);
  const [amending, setAmending] = useState<AmendTarget | null>(null);
  const { refresh } = write;
  const stale = useCallback(() => {
    onStale();
    void refresh();
  }, [onStale, refresh]);

  const diagnosisLabel = (originalId: number) => {
    const d = chart.problems.find((p) => p.original_id === originalId);
    if (d) return `${formatIcd10Code(d.code)} · ${d.code_description}`;
    const entry = chart.timeline.find((g) => g.originalId === originalId)?.current;
    return entry?.kind === 'diagnosis' ? `${formatIcd10Code(entry.code)} · ${entry.code_description}` : null;
  };
  const actions = (entry: Parameters<typeof EntryActions>[0]['entry']) => (
    <EntryActions entry={entry} onAmend={setAmending} onTreat={(diagnosisId) => setAdding({ kind: 'treatment', diagnosisId })} />
  );
  const close = () => setAdding(null);
  const formProps = { patientId, context: write.context, onDone: close, onStale: stale };

  return (
    <Stack>
      <EmergencyBanner access={chart.access} />
      <ChartHeader patient={chart.patient} />
      <WriteContextBar appointment={write.appointment} clinicId={write.clinicId} clinicIds={write.clinicIds} onClinic={write.setClinicId} />
      <Group gap="xs" data-testid="chart-actions">
        {(['diagnosis', 'treatment', 'note', 'allergy'] as const).map((kind) => (
          <Button key={kind} variant="light" onClick={() => setAdding({ kind })}>
            {t(`records.add.${kind}`)}
          </Button>
        ))}
      </Group>
      <AllergyList allergies={chart.allergies} actions={actions} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ProblemList problems={chart.problems} actions={actions} />
        <TreatmentList treatments={chart.treatments} diagnosisLabel={diagnosisLabel} actions={actions} />
      </SimpleGrid>
      <FollowUpPlans patientId={patientId} diagnosisLabel={diagnosisLabel} />
      <SmsMessages patientId={patientId} />
      <RecordTimeline
        groups={chart.timeline}
        diagnosisLabel={diagnosisLabel}
        actions={actions}
        hasMore={hasMore}
        loadingMore={loadingMore}
        onMore={onMore}
      />
      <Modal opened={adding !== null} onClose={close} title={adding ? t(`records.new.${adding.kind}`) : ''} size="lg">
        {adding?.kind === 'diagnosis' && (
          <DiagnosisForm
            {...formProps}
            problems={chart.problems}
            onShowExisting={(originalId) => {
              close();
              // The existing entry, in the problem list: scrolled to and focused.
              requestAnimationFrame(() => {
                const row = document.querySelector<HTMLElement>(`[data-testid="problem-${originalId}"]`);
                row?.scrollIntoView({ block: 'center' });
                row?.focus();
              });
            }}
          />
        )}
        {adding?.kind === 'treatment' && <TreatmentForm {...formProps} diagnoses={chart.problems} diagnosisId={adding.diagnosisId ?? null} />}
        {adding?.kind === 'note' && <NoteForm {...formProps} />}
        {adding?.kind === 'allergy' && <AllergyForm {...formProps} />}
      </Modal>
      <AmendEntryModal
        patientId={patientId}
        target={amending}
        context={write.context}
        diagnoses={chart.problems}
        onClose={() => setAmending(null)}
        onStale={stale}
      />
    </Stack>
  );
}
