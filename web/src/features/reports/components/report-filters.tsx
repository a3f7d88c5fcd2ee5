import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupBy, ReportFilters } from '@/features/reports/types';
import { DateInput } from '@/components/date-input';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { isIsoDate } from '@/lib/format';

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
      {/* The report follows a day once it is a whole date, not while it is being typed. */}
      <DateInput
        label={t('reports.filters.from')}
        value={value.from}
        onChange={(from) => isIsoDate(from) && onChange({ ...value, from })}
        w={140}
      />
      <DateInput
        label={t('reports.filters.to')}
        value={value.to}
        onChange={(to) => isIsoDate(to) && onChange({ ...value, to })}
        w={140}
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
