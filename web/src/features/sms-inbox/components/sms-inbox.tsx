import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useHandleSmsInboxMessage } from '@/features/sms-inbox/api/handle-sms-inbox-message';
import { useSmsInbox } from '@/features/sms-inbox/api/list-sms-inbox';
import { formatWhen } from '@/features/sms-inbox/utils/format';

/** "Bandeja SMS": replies no keyword matched, for the secretaries to answer by phone and mark handled. */
export function SmsInbox({ canHandle }: { canHandle: boolean }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<'open' | 'handled'>('open');
  const inbox = useSmsInbox(status);
  const handle = useHandleSmsInboxMessage();

  return (
    <Stack>
      <SegmentedControl
        w="fit-content"
        value={status}
        onChange={(value) => setStatus(value === 'handled' ? 'handled' : 'open')}
        data={[
          { value: 'open', label: t('smsInbox.open') },
          { value: 'handled', label: t('smsInbox.handled') },
        ]}
      />
      {handle.isError && <ErrorAlert error={handle.error} />}
      {inbox.isPending ? (
        <Loading />
      ) : inbox.isError ? (
        <ErrorAlert error={inbox.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={800} scrollAreaProps={kKeyboardScroll}>
            <Table striped data-testid="sms-inbox" aria-label={t('smsInbox.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('smsInbox.columns.receivedAt')}</Table.Th>
                  <Table.Th>{t('smsInbox.columns.patient')}</Table.Th>
                  <Table.Th>{t('smsInbox.columns.from')}</Table.Th>
                  <Table.Th>{t('smsInbox.columns.body')}</Table.Th>
                  <Table.Th>{t('smsInbox.columns.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {inbox.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed">{status === 'open' ? t('smsInbox.emptyOpen') : t('smsInbox.emptyHandled')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  inbox.data.map((m) => (
                    <Table.Tr key={m.id} data-testid={`sms-inbox-${m.id}`}>
                      <Table.Td>
                        <time dateTime={m.received_at}>{formatWhen(m.received_at, i18n.language)}</time>
                      </Table.Td>
                      <Table.Td>
                        {m.patient_id !== null ? (
                          <Anchor component={Link} to={`/patients/${m.patient_id}`}>
                            {m.patient_name}
                          </Anchor>
                        ) : (
                          <Text span c="dimmed">
                            {t('smsInbox.unknownPatient')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Anchor href={`tel:${m.from}`}>{m.from}</Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.body}</Table.Td>
                      <Table.Td>
                        {m.status === 'open' && canHandle ? (
                          <Button
                            size="xs"
                            onClick={() => handle.mutate(m.id)}
                            loading={handle.isPending && handle.variables === m.id}
                          >
                            {t('smsInbox.markHandled')}
                          </Button>
                        ) : m.status === 'handled' && m.handled_at ? (
                          <Text size="sm" c="dimmed">
                            {t('smsInbox.handledAt', { when: formatWhen(m.handled_at, i18n.language) })}
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {inbox.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
