import { Button, Group, NativeSelect, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { OpeningHoursFields } from '@/features/clinics/components/opening-hours-fields';
import type { ClinicFormValues } from '@/features/clinics/types';
import { hoursRowOfError, timezoneChoices } from '@/features/clinics/utils/clinic-form';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';

const kFields = ['name', 'address', 'phone', 'timezone'];

interface ClinicFormProps {
  initialValues: ClinicFormValues;
  submitLabel: string;
  pending: boolean;
  save: (values: ClinicFormValues) => Promise<unknown>;
  onCancel?: () => void;
}

/** Create and edit: name, address, phone, time zone and the week's opening hours. */
export function ClinicForm({ initialValues, submitLabel, pending, save, onCancel }: ClinicFormProps) {
  const { t } = useTranslation();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const zones = useMemo(() => timezoneChoices(initialValues.timezone), [initialValues.timezone]);
  const form = useForm<ClinicFormValues>({
    initialValues,
    validate: {
      name: (v) => (v.trim() === '' ? t('common.required') : null),
      hours: {
        closes: (v, values, path) => {
          const row = values.hours[Number(path.split('.')[1])];
          return row?.open && v <= row.opens ? t('clinics.hours.closesAfterOpens') : null;
        },
      },
    },
  });

  // "opening_hours[i].closes" counts open days only; put it on that day's row.
  const setFieldError = (field: string, message: string) => {
    if (!field.startsWith('opening_hours')) {
      form.setFieldError(field, message);
      return;
    }
    const row = hoursRowOfError(form.values.hours, field);
    const column = field.endsWith('.opens') ? 'opens' : 'closes';
    if (row !== null) form.setFieldError(`hours.${row}.${column}`, message);
  };

  const submit = form.onSubmit(async (values) => {
    clearFailure();
    try {
      await save(values);
    } catch (error) {
      onError(error, {
        fields: (f) => kFields.includes(f) || hoursRowOfError(values.hours, f) !== null,
        setFieldError,
        conflicts: { name: t('clinics.form.duplicateName') },
      });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={560}>
        <FormFailure message={failure} />
        <TextInput label={t('clinics.form.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('clinics.form.address')} {...form.getInputProps('address')} />
        <TextInput label={t('clinics.form.phone')} type="tel" {...form.getInputProps('phone')} />
        <NativeSelect label={t('clinics.form.timezone')} data={zones} {...form.getInputProps('timezone')} />
        <Title order={3} size="h5">
          {t('clinics.hours.title')}
        </Title>
        <OpeningHoursFields form={form} />
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
