import { Input, MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { clinicOptions, useClinicsCatalog } from '@/hooks/use-clinics-catalog';

interface ClinicMultiSelectProps extends Omit<MultiSelectProps, 'data' | 'value' | 'onChange' | 'label'> {
  label: string;
  value: number[];
  onChange: (ids: number[]) => void;
  /** Restricts the choices (e.g. a doctor's own clinics). */
  allowedIds?: readonly number[];
}

/**
 * Chooses clinics by name; the value is their ids. The label is rendered here rather than
 * by MultiSelect, which would also name its (hidden) option list with it: the label must
 * name exactly one control for getByLabel-style lookups and screen readers alike.
 */
export function ClinicMultiSelect({ label, value, onChange, allowedIds, id, required, ...props }: ClinicMultiSelectProps) {
  const clinics = useClinicsCatalog();
  const inputId = useId(id);
  const all = clinics.data ?? [];
  const data = clinicOptions(allowedIds ? all.filter((c) => allowedIds.includes(c.id)) : all, value);
  return (
    <div>
      <Input.Label htmlFor={inputId} required={required}>
        {label}
      </Input.Label>
      <MultiSelect
        searchable
        clearable
        {...props}
        id={inputId}
        data={data}
        value={value.map(String)}
        onChange={(ids) => onChange(ids.map(Number))}
      />
    </div>
  );
}
