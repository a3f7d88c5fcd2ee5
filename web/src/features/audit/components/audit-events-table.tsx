import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@/features/audit/types';
import { formatInstant } from '@/features/audit/utils/format';
import { registerAuditSentences } from '@/features/audit/utils/sentence-texts';
import appI18n from '@/lib/i18n';
import { auditSentence, detailsPhrase } from '@/features/audit/utils/sentences';

registerAuditSentences(appI18n);

export function AuditEventsTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation();
  const none = t('common.none');
  const exists = (key: string) => i18n.exists(key);
  return (
    <Table.ScrollContainer minWidth={640} scrollAreaProps={kKeyboardScroll}>
      <Table striped data-testid="audit-table" aria-label={t('audit.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.columns.occurredAt')}</Table.Th>
            <Table.Th>{t('audit.event')}</Table.Th>
            <Table.Th>{t('audit.columns.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={3}>
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
                <Table.Td data-testid="audit-sentence">
                  {auditSentence(e, t, exists)}{' '}
                  {e.emergency && (
                    <Badge color="red" size="sm">
                      {t('audit.emergency')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {Object.keys(e.details).length > 0 ? (
                    <Text size="xs">{detailsPhrase(e.details, t, exists)}</Text>
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
