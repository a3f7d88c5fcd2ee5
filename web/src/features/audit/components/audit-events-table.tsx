import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Badge, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/features/audit/types';
import { formatInstant } from '@/features/audit/utils/format';

export function AuditEventsTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  return (
    <Table.ScrollContainer minWidth={800} scrollAreaProps={kKeyboardScroll}>
      <Table striped data-testid="audit-table" aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.occurredAt')}</Table.Th>
            <Table.Th>{t('audit.columns.actor')}</Table.Th>
            <Table.Th>{t('audit.columns.action')}</Table.Th>
            <Table.Th>{t('audit.columns.object')}</Table.Th>
            <Table.Th>{t('audit.columns.patient')}</Table.Th>
            <Table.Th>{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text c="dimmed">{t('audit.empty')}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            entries.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <time dateTime={e.occurredAt.toISOString()}>
                    {formatInstant(e.occurredAt, i18n.language)}
                  </time>
                </Table.Td>
                <Table.Td>{e.actor ?? none}</Table.Td>
                <Table.Td>
                  <Code>{e.action}</Code>{' '}
                  {e.emergency && (
                    <Badge color="red" size="sm">
                      {t('audit.emergency')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{e.object ?? none}</Table.Td>
                <Table.Td>{e.patientId ?? none}</Table.Td>
                <Table.Td>
                  {e.details ? (
                    <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                      {e.details}
                    </Text>
                  ) : (
                    none
                  )}
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
