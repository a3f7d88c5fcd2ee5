import { Button, Group, Loader, NativeSelect, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCareGaps } from '@/features/reports/api/get-report';
import type { CareGap } from '@/features/reports/types';
import { addDays } from '@/features/reports/utils/format';
import { DateInput } from '@/components/date-input';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { formatDate, formatPhone, isIsoDate } from '@/lib/format';

const kConditions = ['E10-E14', 'I10-I15', 'J45', 'J44', 'E66', 'N18', 'E03', 'I20-I25', 'I50'];

/** The chronic patients not seen since a day (or overdue for follow-up), each with "Dar turno" when `onBook`. */
export function CareGapsList({ today, onBook }: { today: string; onBook?: (gap: CareGap) => void }) {
  const { t } = useTranslation();
  const catalog = useClinicsCatalog();
  const [clinicId, setClinicId] = useState<number | null>(null);
  const [condition, setCondition] = useState<string | null>(null);
  const [since, setSince] = useState(() => addDays(today, -182));
  const gaps = useCareGaps({ clinicId, condition, since });
  return (
    <>
      <Group className="hp-no-print" align="end">
        <NativeSelect
          label={t('reports.filters.clinic')}
          value={clinicId === null ? '' : String(clinicId)}
          onChange={(e) => setClinicId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
          data={[{ value: '', label: t('reports.filters.allClinics') }, ...(catalog.data ?? []).map((c) => ({ value: String(c.id), label: c.name }))]}
        />
        <NativeSelect
          label={t('reports.gaps.condition')}
          value={condition ?? ''}
          onChange={(e) => setCondition(e.currentTarget.value || null)}
          data={[{ value: '', label: t('reports.gaps.anyCondition') }, ...kConditions.map((c) => ({ value: c, label: c }))]}
        />
        <DateInput label={t('reports.gaps.since')} value={since} onChange={(day) => isIsoDate(day) && setSince(day)} w={140} />
      </Group>
      {gaps.isLoading && <Loader />}
      {gaps.data && gaps.data.items.length === 0 && <Text c="dimmed">{t('reports.gaps.none')}</Text>}
      {gaps.data && gaps.data.items.length > 0 && (
        <Table striped withTableBorder aria-label={t('reports.gaps.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.gaps.patient')}</Table.Th>
              <Table.Th>{t('reports.gaps.document')}</Table.Th>
              <Table.Th>{t('reports.gaps.phone')}</Table.Th>
              <Table.Th>{t('reports.gaps.lastVisit')}</Table.Th>
              <Table.Th>{t('reports.gaps.conditions')}</Table.Th>
              <Table.Th>{t('reports.gaps.reason')}</Table.Th>
              {onBook && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {gaps.data.items.map((g) => (
              <Table.Tr key={g.patient_id}>
                <Table.Td>{`${g.last_name}, ${g.first_name}`}</Table.Td>
                <Table.Td>{`${g.document_type} ${g.document_number}`}</Table.Td>
                <Table.Td>{g.phone ? formatPhone(g.phone) : '—'}</Table.Td>
                <Table.Td>{g.last_visit ? formatDate(g.last_visit) : t('reports.gaps.never')}</Table.Td>
                <Table.Td>{g.conditions.join(', ')}</Table.Td>
                <Table.Td>
                  {g.follow_up_due_on
                    ? t('reports.gaps.overdue', { day: formatDate(g.follow_up_due_on) })
                    : t('reports.gaps.notSeen')}
                </Table.Td>
                {onBook && (
                  <Table.Td>
                    <Button size="xs" onClick={() => onBook(g)}>
                      {t('reports.gaps.book')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
