import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useEmergencyAccesses } from '@/features/audit/api/list-emergency-accesses';
import type { DayRange } from '@/features/audit/types';
import { formatInstant } from '@/features/audit/utils/format';
import { DateInput } from '@/components/date-input';

const kAllDays: DayRange = { from: '', to: '' };

/** Every emergency access granted in a range of days: who, to whose record, why, until when, and how much was done. */
export function EmergencyAccessReport() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<DayRange>(kAllDays);
  const form = useForm<DayRange>({ initialValues: kAllDays });
  const accesses = useEmergencyAccesses(range);
  const when = (iso: string) => formatInstant(iso, i18n.language);

  return (
    <Stack>
      <form onSubmit={form.onSubmit(setRange)}>
        <Group align="flex-end">
          <DateInput label={t('audit.filters.from')} w={150} {...form.getInputProps('from')} />
          <DateInput label={t('audit.filters.to')} w={150} {...form.getInputProps('to')} />
          <Button type="submit">{t('audit.filters.apply')}</Button>
          <Button
            variant="default"
            onClick={() => {
              form.reset();
              setRange(kAllDays);
            }}
          >
            {t('audit.filters.clear')}
          </Button>
        </Group>
      </form>
      {accesses.isPending ? (
        <Loading />
      ) : accesses.isError ? (
        <ErrorAlert error={accesses.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900} scrollAreaProps={kKeyboardScroll}>
            <Table striped data-testid="emergency-report" aria-label={t('audit.emergencyReport.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.emergencyReport.columns.grantedAt')}</Table.Th>
                  <Table.Th>{t('audit.emergencyReport.columns.doctor')}</Table.Th>
                  <Table.Th>{t('audit.emergencyReport.columns.patient')}</Table.Th>
                  <Table.Th>{t('audit.emergencyReport.columns.reason')}</Table.Th>
                  <Table.Th>{t('audit.emergencyReport.columns.expiresAt')}</Table.Th>
                  <Table.Th>{t('audit.emergencyReport.columns.events')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accesses.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <Text c="dimmed">{t('audit.emergencyReport.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  accesses.data.map((a) => (
                    <Table.Tr key={a.id} data-testid={`emergency-access-${a.id}`}>
                      <Table.Td>
                        <time dateTime={a.granted_at}>{when(a.granted_at)}</time>
                      </Table.Td>
                      <Table.Td>{a.doctor_name}</Table.Td>
                      <Table.Td>
                        {a.patient_name}{' '}
                        <Text span size="xs" c="dimmed">
                          {t('audit.emergencyReport.patientNumber', { id: a.patient_id })}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.reason}</Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <time dateTime={a.expires_at}>{when(a.expires_at)}</time>
                          {a.active && (
                            <Badge color="red" variant="light">
                              {t('audit.emergencyReport.active')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      <Table.Td>{a.event_count}</Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {accesses.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void accesses.fetchNextPage()} loading={accesses.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
