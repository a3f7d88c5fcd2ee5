import { Checkbox, NativeSelect, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AllergyFormValues, AllergySeverity, Diagnosis, NoteFormValues, TreatmentFormValues } from '@/features/records/types';
import { formatIcd10Code } from '@/features/records/utils/icd10';
import { DateInput } from '@/components/date-input';

export const kSeverities: readonly AllergySeverity[] = ['mild', 'moderate', 'severe', 'unknown'];

interface TreatmentFieldsProps<T extends TreatmentFormValues> {
  form: UseFormReturnType<T>;
  /** The diagnoses it may treat (the patient's problem list). */
  diagnoses: readonly Diagnosis[];
}

/** A treatment's fields, shared by "Nuevo tratamiento" and its correction. */
export function TreatmentFields<T extends TreatmentFormValues>({ form, diagnoses }: TreatmentFieldsProps<T>) {
  const { t } = useTranslation();
  const chosen = form.values.diagnosis_id;
  const options = diagnoses.map((d) => ({ value: String(d.original_id), label: `${formatIcd10Code(d.code)} · ${d.code_description}` }));
  // A diagnosis resolved since keeps showing as the one treated.
  if (chosen !== '' && !options.some((o) => o.value === chosen)) {
    options.push({ value: chosen, label: t('records.fields.diagnosisNumber', { id: chosen }) });
  }
  return (
    <>
      <TextInput
        label={t('records.fields.description')}
        placeholder={t('records.fields.descriptionPlaceholder')}
        required
        maxLength={500}
        {...form.getInputProps('description')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('records.fields.dose')} maxLength={100} {...form.getInputProps('dose')} />
        <TextInput label={t('records.fields.frequency')} maxLength={100} {...form.getInputProps('frequency')} />
        <DateInput label={t('records.fields.startDate')} required {...form.getInputProps('start_date')} />
        <DateInput label={t('records.fields.endDate')} {...form.getInputProps('end_date')} />
      </SimpleGrid>
      <NativeSelect
        label={t('records.fields.treats')}
        data={[{ value: '', label: t('records.fields.treatsNone') }, ...options]}
        {...form.getInputProps('diagnosis_id')}
      />
      <TextInput
        label={t('records.fields.followUpDays')}
        description={t('records.fields.followUpHelp')}
        inputMode="numeric"
        w={220}
        {...form.getInputProps('follow_up_days')}
      />
    </>
  );
}

export function NoteFields<T extends NoteFormValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea label={t('records.fields.noteText')} required autosize minRows={4} maxLength={10000} {...form.getInputProps('text')} />
      <Checkbox
        label={t('records.fields.private')}
        description={t('records.fields.privateHelp')}
        {...form.getInputProps('private', { type: 'checkbox' })}
      />
    </>
  );
}

export function AllergyFields<T extends AllergyFormValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput label={t('records.fields.substance')} required maxLength={200} {...form.getInputProps('substance')} />
      <TextInput label={t('records.fields.reaction')} maxLength={500} {...form.getInputProps('reaction')} />
      <NativeSelect
        label={t('records.fields.severity')}
        data={kSeverities.map((s) => ({ value: s, label: t(`records.severity.${s}`) }))}
        {...form.getInputProps('severity')}
      />
    </>
  );
}
