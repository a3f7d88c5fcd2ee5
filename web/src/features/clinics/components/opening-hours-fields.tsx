import { Checkbox, Group, Table } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ClinicFormValues } from '@/features/clinics/types';
import { weekdayLabelKey } from '@/lib/weekdays';
import { TimeInput } from '@/components/date-input';

/** Seven rows: open that day, from, to. */
export function OpeningHoursFields({ form }: { form: UseFormReturnType<ClinicFormValues> }) {
  const { t } = useTranslation();
  return (
    <Table data-testid="opening-hours" aria-label={t('clinics.hours.title')} withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('clinics.hours.day')}</Table.Th>
          <Table.Th>{t('clinics.hours.opens')}</Table.Th>
          <Table.Th>{t('clinics.hours.closes')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {form.values.hours.map((row, i) => {
          const day = t(weekdayLabelKey(row.weekday));
          return (
            <Table.Tr key={row.weekday}>
              <Table.Td>
                <Checkbox label={day} {...form.getInputProps(`hours.${i}.open`, { type: 'checkbox' })} />
              </Table.Td>
              <Table.Td>
                <Group>
                  <TimeInput
                    aria-label={t('clinics.hours.opensOn', { day })}
                    disabled={!row.open}
                    {...form.getInputProps(`hours.${i}.opens`)}
                  />
                </Group>
              </Table.Td>
              <Table.Td>
                <TimeInput
                  aria-label={t('clinics.hours.closesOn', { day })}
                  disabled={!row.open}
                  {...form.getInputProps(`hours.${i}.closes`)}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
