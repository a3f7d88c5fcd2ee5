import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { usePhoneProblems } from '@/features/sms-inbox/api/list-phone-problems';
import { useResolvePhoneProblem } from '@/features/sms-inbox/api/resolve-phone-problem';
import { formatWhen } from '@/features/sms-inbox/utils/format';
import { phoneProblemReasonKey } from '@/features/sms-inbox/utils/phone-problem-reason';
import { formatPhone } from '@/lib/format';

/** "Teléfonos a corregir": numbers Twilio refused for good; fixing the patient's phone clears them by itself. */
export function PhoneProblems({ canResolve }: { canResolve: boolean }) {
  const { t, i18n } = useTranslation();
  const problems = usePhoneProblems();
  const resolve = useResolvePhoneProblem();

  return (
    <Stack>
      {resolve.isError && <ErrorAlert error={resolve.error} />}
      {problems.isPending ? (
        <Loading />
      ) : problems.isError ? (
        <ErrorAlert error={problems.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={800} scrollAreaProps={kKeyboardScroll}>
            <Table striped data-testid="phone-problems" aria-label={t('smsInbox.phoneProblems.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('smsInbox.phoneProblems.columns.patient')}</Table.Th>
                  <Table.Th>{t('smsInbox.phoneProblems.columns.phone')}</Table.Th>
                  <Table.Th>{t('smsInbox.phoneProblems.columns.error')}</Table.Th>
                  <Table.Th>{t('smsInbox.phoneProblems.columns.since')}</Table.Th>
                  <Table.Th>{t('smsInbox.columns.action')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.data.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={5}>
                      <Text c="dimmed">{t('smsInbox.phoneProblems.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  problems.data.map((p) => (
                    <Table.Tr key={p.id} data-testid={`phone-problem-${p.id}`}>
                      <Table.Td>
                        <Anchor component={Link} to={`/patients/${p.patient_id}`}>
                          {p.patient_name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{formatPhone(p.phone)}</Table.Td>
                      <Table.Td>{t(phoneProblemReasonKey(p.error_code), { code: p.error_code })}</Table.Td>
                      <Table.Td>
                        <time dateTime={p.created_at}>{formatWhen(p.created_at, i18n.language)}</time>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs">
                          <Button size="xs" variant="default" component={Link} to={`/patients/${p.patient_id}`}>
                            {t('smsInbox.phoneProblems.edit')}
                          </Button>
                          {canResolve && (
                            <Button
                              size="xs"
                              onClick={() => resolve.mutate(p.id)}
                              loading={resolve.isPending && resolve.variables === p.id}
                            >
                              {t('smsInbox.phoneProblems.resolve')}
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {problems.hasNextPage && (
            <Group justify="center">
              <Button variant="default" onClick={() => void problems.fetchNextPage()} loading={problems.isFetchingNextPage}>
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
