import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { kEmptyAuditFilters, type AuditFilters } from '@/features/audit/types';
import { DateInput } from '@/components/date-input';

interface AuditFiltersFormProps {
  onApply: (filters: AuditFilters) => void;
}

export function AuditFiltersForm({ onApply }: AuditFiltersFormProps) {
  const { t } = useTranslation();
  const form = useForm<AuditFilters>({ initialValues: kEmptyAuditFilters });

  return (
    <form onSubmit={form.onSubmit(onApply)}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('audit.filters.userId')}
          inputMode="numeric"
          w={140}
          {...form.getInputProps('userId')}
        />
        <TextInput
          label={t('audit.filters.patientId')}
          inputMode="numeric"
          w={140}
          {...form.getInputProps('patientId')}
        />
        <TextInput
          label={t('audit.filters.action')}
          placeholder={t('audit.filters.actionPlaceholder')}
          w={220}
          {...form.getInputProps('action')}
        />
        <DateInput label={t('audit.filters.from')} w={150} {...form.getInputProps('from')} />
        <DateInput label={t('audit.filters.to')} w={150} {...form.getInputProps('to')} />
        <Button type="submit">{t('audit.filters.apply')}</Button>
        <Button
          variant="default"
          onClick={() => {
            form.reset();
            onApply(kEmptyAuditFilters);
          }}
        >
          {t('audit.filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
