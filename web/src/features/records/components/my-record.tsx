import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { usePatientRecord } from '@/features/records/api/get-record';
import { ChartHeader } from '@/features/records/components/chart-header';
import { AllergyList, ProblemList, TreatmentList } from '@/features/records/components/current-lists';
import { RecordTimeline } from '@/features/records/components/record-timeline';
import { formatIcd10Code } from '@/features/records/utils/icd10';

/**
 * "Mi historia": the patient's own summary (the server leaves private notes out): their
 * diagnoses, treatments, allergies and the notes their doctors wrote for them.
 */
export function MyRecord({ patientId }: { patientId: number | null }) {
  const { t } = useTranslation();
  if (patientId === null) return <Alert color="yellow">{t('profile.notLinked')}</Alert>;
  return <MyRecordLoaded patientId={patientId} />;
}

function MyRecordLoaded({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const record = usePatientRecord(patientId, 'note');
  if (record.isPending) return <Loading />;
  if (record.isError) return <ErrorAlert error={record.error} />;
  const chart = record.data;
  const diagnosisLabel = (originalId: number) => {
    const d = chart.problems.find((p) => p.original_id === originalId);
    return d ? `${formatIcd10Code(d.code)} · ${d.code_description}` : null;
  };
  return (
    <Stack data-testid="my-record">
      <ChartHeader patient={chart.patient} />
      <Text size="sm" c="dimmed">
        {t('records.mine.help')}
      </Text>
      <AllergyList allergies={chart.allergies} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <ProblemList problems={chart.problems} title={t('records.mine.diagnoses')} />
        <TreatmentList treatments={chart.treatments} diagnosisLabel={diagnosisLabel} />
      </SimpleGrid>
      <RecordTimeline
        groups={chart.timeline}
        title={t('records.mine.notes')}
        emptyText={t('records.mine.noNotes')}
        diagnosisLabel={diagnosisLabel}
        hasMore={record.hasNextPage}
        loadingMore={record.isFetchingNextPage}
        onMore={() => void record.fetchNextPage()}
      />
    </Stack>
  );
}
