import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useAccessLog } from '@/features/records/api/get-access-log';
import { useRecordFormat } from '@/features/records/hooks/use-record-format';
import { accessActionKey } from '@/features/records/utils/access-log';
import { roleLabelKey } from '@/lib/roles';

/** "Quién vio mi historia": every read and write of the record, newest first; emergency accesses stand out. */
export function AccessLog({ patientId }: { patientId: number | null }) {
  const { t } = useTranslation();
  if (patientId === null) return <Alert color="yellow">{t('profile.notLinked')}</Alert>;
  return <AccessLogLoaded patientId={patientId} />;
}

function AccessLogLoaded({ patientId }: { patientId: number }) {
  const { t } = useTranslation();
  const { dateTime } = useRecordFormat();
  const log = useAccessLog(patientId);
  if (log.isPending) return <Loading />;
  if (log.isError) return <ErrorAlert error={log.error} />;
  const items = log.data;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('records.accessLog.help')}
      </Text>
      <Table.ScrollContainer minWidth={640} scrollAreaProps={kKeyboardScroll}>
        <Table striped data-testid="access-log" aria-label={t('records.accessLog.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('records.accessLog.columns.when')}</Table.Th>
              <Table.Th>{t('records.accessLog.columns.who')}</Table.Th>
              <Table.Th>{t('records.accessLog.columns.role')}</Table.Th>
              <Table.Th>{t('records.accessLog.columns.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed">{t('records.accessLog.empty')}</Text>
                </Table.Td>
              </Table.Tr>
            ) : (
              items.map((e) => {
                const key = accessActionKey(e.action);
                return (
                  <Table.Tr key={e.id} data-testid={`access-${e.id}`} data-action={e.action} data-emergency={e.emergency}>
                    <Table.Td>
                      <time dateTime={e.occurred_at}>{dateTime(e.occurred_at)}</time>
                    </Table.Td>
                    <Table.Td>{e.name}</Table.Td>
                    <Table.Td>{e.role ? t(roleLabelKey(e.role)) : t('common.none')}</Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Text span>{key ? t(key) : e.action}</Text>
                        {e.emergency && (
                          <Badge color="red" data-testid="emergency-flag">
                            {t('records.accessLog.emergency')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {log.hasNextPage && (
        <Group justify="center">
          <Button variant="default" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
