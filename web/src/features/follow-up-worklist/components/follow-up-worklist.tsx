import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useFollowUpWorklist } from '@/features/follow-up-worklist/api/list-follow-up-worklist';
import type { WorklistItem } from '@/features/follow-up-worklist/types';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';
import { formatDate, formatPhone } from '@/lib/format';

const kFailed = new Set(['failed', 'undelivered', 'expired']);

/**
 * "Seguimiento": patients whose follow-up control is overdue and who have not booked it,
 * most overdue first, with how to reach them (phone, the state of the last SMS) and
 * "Dar turno", which the screen turns into the booking flow for that patient.
 */
export function FollowUpWorklist({ onBook }: { onBook: (item: WorklistItem) => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const own = (catalog.data ?? []).filter((c) => user.role === 'admin' || user.clinic_ids.includes(c.id));
  const [clinicId, setClinicId] = useState<number | null>(() =>
    user.role === 'secretary' && user.clinic_ids.length > 0 ? user.clinic_ids[0]! : null,
  );
  const list = useFollowUpWorklist(clinicId);

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('followUpWorklist.intro')}
      </Text>
      {(user.role === 'admin' || own.length > 1) && (
        <NativeSelect
          label={t('followUpWorklist.clinic')}
          maw={360}
          data={[
            ...(user.role === 'admin' ? [{ value: '', label: t('followUpWorklist.allClinics') }] : []),
            ...own.map((c) => ({ value: String(c.id), label: c.name })),
          ]}
          value={clinicId === null ? '' : String(clinicId)}
          onChange={(e) => setClinicId(e.currentTarget.value ? Number(e.currentTarget.value) : null)}
        />
      )}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900} scrollAreaProps={kKeyboardScroll}>
            <Table striped data-testid="follow-up-worklist" aria-label={t('followUpWorklist.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('followUpWorklist.columns.patient')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.document')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.phone')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.dueOn')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.overdue')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.lastSms')}</Table.Th>
                  <Table.Th>{t('followUpWorklist.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={7}>
                      <Text c="dimmed">{t('followUpWorklist.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  list.data.map((item) => (
                    <Table.Tr key={item.plan_id} data-testid={`worklist-plan-${item.plan_id}`}>
                      <Table.Td>
                        {item.last_name}, {item.first_name}
                        {item.doctor_name && (
                          <Text size="xs" c="dimmed">
                            {t('followUpWorklist.doctor', { name: item.doctor_name })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {item.document_type} {item.document_number}
                      </Table.Td>
                      <Table.Td>
                        {item.phone ? <Anchor href={`tel:${item.phone}`}>{formatPhone(item.phone)}</Anchor> : t('common.none')}
                      </Table.Td>
                      <Table.Td>{formatDate(item.due_on)}</Table.Td>
                      <Table.Td>{t('followUpWorklist.daysOverdue', { count: item.days_overdue })}</Table.Td>
                      <Table.Td>
                        {/* The last alert's fate, and beside it whether any alert can still reach them. */}
                        {item.last_sms_status && (
                          <Badge color={kFailed.has(item.last_sms_status) ? 'red' : 'gray'} variant="light">
                            {t(`followUpWorklist.smsStatuses.${item.last_sms_status}`)}
                          </Badge>
                        )}
                        {(!item.last_sms_status || !item.sms_consent) && (
                          <Text size="sm" c="dimmed">
                            {item.sms_consent ? t('followUpWorklist.noSms') : t('followUpWorklist.noConsent')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" onClick={() => onBook(item)}>
                          {t('followUpWorklist.book')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
