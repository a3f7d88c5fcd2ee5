import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupBy, ReportFilters } from '@/features/reports/types';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

/** Clinic (all in scope, or one), period (local days, inclusive) and grouping of a report. */
export function ReportFiltersForm({
  value,
  onChange,
  withGroupBy = true,
}: {
  value: ReportFilters;
  onChange: (next: ReportFilters) => void;
  withGroupBy?: boolean;
}) {
  const { t } = useTranslation();
  const catalog = useClinicsCatalog();
  const clinics = (catalog.data ?? []).filter((c) => c.active);
  return (
    <Group className="hp-no-print" align="end" wrap="wrap">
      <NativeSelect
        label={t('reports.filters.clinic')}
        value={value.clinicId === null ? '' : String(value.clinicId)}
        onChange={(e) => onChange({ ...value, clinicId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
        data={[{ value: '', label: t('reports.filters.allClinics') }, ...clinics.map((c) => ({ value: String(c.id), label: c.name }))]}
      />
      <TextInput
        type="date"
        label={t('reports.filters.from')}
        value={value.from}
        onChange={(e) => e.currentTarget.value && onChange({ ...value, from: e.currentTarget.value })}
      />
      <TextInput
        type="date"
        label={t('reports.filters.to')}
        value={value.to}
        onChange={(e) => e.currentTarget.value && onChange({ ...value, to: e.currentTarget.value })}
      />
      {withGroupBy && (
        <NativeSelect
          label={t('reports.filters.groupBy')}
          value={value.groupBy ?? ''}
          onChange={(e) => onChange({ ...value, groupBy: (e.currentTarget.value || null) as GroupBy | null })}
          data={[
            { value: '', label: t('reports.filters.noSeries') },
            { value: 'day', label: t('reports.filters.day') },
            { value: 'week', label: t('reports.filters.week') },
            { value: 'month', label: t('reports.filters.month') },
          ]}
        />
      )}
    </Group>
  );
}
