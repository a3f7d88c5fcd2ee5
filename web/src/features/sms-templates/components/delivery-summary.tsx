import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput } from '@/components/date-input';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useSmsSummary, type SummaryPeriod } from '@/features/sms-templates/api/get-sms-summary';
import type { SmsStatusCounts } from '@/features/sms-templates/types';
import { lastDays } from '@/features/sms-templates/utils/template-text';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { isIsoDate, isoDateAt } from '@/lib/format';

const kStatuses: (keyof SmsStatusCounts)[] = [
  'pending', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'expired', 'skipped', 'simulated',
];

/** Messages due in a period (the last 30 days by default) by kind and status, for one clinic or all. */
export function DeliverySummary() {
  const { t, i18n } = useTranslation();
  const catalog = useClinicsCatalog();
  const [period, setPeriod] = useState<SummaryPeriod>(() => ({
    // Today on the admin's own calendar (the UTC date is tomorrow on an Argentine evening).
    ...lastDays(30, isoDateAt(new Date())),
    clinicId: null,
  }));
  const [draft, setDraft] = useState(period);
  const summary = useSmsSummary(period);
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });

  return (
    <Stack>
      <Title order={2} size="h4">
        {t('smsTemplates.summary.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // A period still being typed is not sent: the fields keep what was typed.
          if (isIsoDate(draft.from) && isIsoDate(draft.to)) setPeriod(draft);
        }}
      >
        <Group align="flex-end">
          <NativeSelect
            label={t('smsTemplates.summary.clinic')}
            data={[
              { value: '', label: t('smsTemplates.summary.allClinics') },
              ...(catalog.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
            ]}
            value={draft.clinicId === null ? '' : String(draft.clinicId)}
            onChange={(e) => setDraft({ ...draft, clinicId: e.currentTarget.value ? Number(e.currentTarget.value) : null })}
          />
          <DateInput label={t('smsTemplates.summary.from')} value={draft.from} w={140}
            onChange={(from) => setDraft({ ...draft, from })} />
          <DateInput label={t('smsTemplates.summary.to')} value={draft.to} w={140}
            onChange={(to) => setDraft({ ...draft, to })} />
          <Button type="submit">{t('smsTemplates.summary.apply')}</Button>
        </Group>
      </form>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorAlert error={summary.error} />
      ) : (
        <>
          <Text size="sm" data-testid="sms-summary-total">
            {t('smsTemplates.summary.total', { count: summary.data.total })}
          </Text>
          <Table.ScrollContainer minWidth={900} scrollAreaProps={kKeyboardScroll}>
            <Table striped data-testid="sms-summary" aria-label={t('smsTemplates.summary.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('smsTemplates.summary.kind')}</Table.Th>
                  <Table.Th>{t('smsTemplates.summary.kindTotal')}</Table.Th>
                  {kStatuses.map((s) => (
                    <Table.Th key={s}>{t(`smsTemplates.statuses.${s}`)}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.data.by_kind.map((k) => (
                  <Table.Tr key={k.kind} data-testid={`sms-summary-${k.kind}`}>
                    <Table.Td>{t(`smsTemplates.messageKinds.${k.kind}`)}</Table.Td>
                    <Table.Td>{k.total}</Table.Td>
                    {kStatuses.map((s) => (
                      <Table.Td key={s}>{k.by_status[s]}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap={2} data-testid="sms-reminder-effect">
            <Text size="sm" fw={500}>
              {t('smsTemplates.summary.remindersTitle')}
            </Text>
            {(['with_delivered_reminder', 'without_delivered_reminder'] as const).map((group) => {
              const g = summary.data.reminders[group];
              return (
                <Text key={group} size="sm">
                  {t(`smsTemplates.summary.${group}`, {
                    appointments: g.appointments,
                    noShows: g.no_shows,
                    rate: g.no_show_rate === null ? t('common.none') : percent.format(g.no_show_rate),
                  })}
                </Text>
              );
            })}
          </Stack>
        </>
      )}
    </Stack>
  );
}
