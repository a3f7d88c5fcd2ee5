import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useSmsMessages } from '@/features/records/api/get-sms-messages';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import type { SmsMessage } from '@/features/records/types';

const STATUS_COLOR: Record<SmsMessage['status'], string> = {
  pending: 'gray',
  sending: 'blue',
  sent: 'teal',
  delivered: 'green',
  undelivered: 'orange',
  failed: 'red',
  expired: 'gray',
  skipped: 'gray',
  simulated: 'violet',
};

/** "Mensajes SMS" in the patient's chart: each message's kind, status and dates (not its text). */
export function SmsMessages({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const format = useRecordFormat();
  const messages = useSmsMessages(patientId);

  return (
    <Paper withBorder p="md" data-testid="sms-messages">
      <Title order={3} size="h5" mb="sm">
        {t('records.sms.title')}
      </Title>
      {messages.isPending && <Loading />}
      {messages.isError && <ErrorAlert error={messages.error} />}
      {messages.isSuccess && messages.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('records.sms.empty')}
        </Text>
      )}
      {messages.isSuccess && messages.data.length > 0 && (
        <Stack gap="xs">
          {messages.data.map((m) => (
            <div key={m.id} data-testid={`sms-message-${m.id}`} data-status={m.status}>
              <Group gap="xs">
                <Text fw={600}>{t(`records.sms.kind.${m.kind}`)}</Text>
                <Badge color={STATUS_COLOR[m.status]} variant="light">
                  {t(`records.sms.status.${m.status}`)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {t('records.sms.attempts', { count: m.attempts })}
                </Text>
              </Group>
              <Text size="sm">
                {m.sent_at
                  ? t('records.sms.sent', { date: format.dateTime(m.sent_at) })
                  : t('records.sms.due', { date: format.dateTime(m.due_at) })}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
