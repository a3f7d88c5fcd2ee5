import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '@/components/active-badge';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { usePractices } from '@/features/practices/api/list-practices';
import { useNomenclators } from '@/features/practices/api/list-nomenclators';
import { ImportCsvModal } from '@/features/practices/components/import-csv-modal';
import { NomenclatorCreateModal } from '@/features/practices/components/nomenclator-create-modal';
import { PracticeEditModal } from '@/features/practices/components/practice-edit-modal';
import { useDebouncedSearch } from '@/hooks/use-debounced-search';
import type { Practice } from '@/lib/api-models';

/** Search and filter practices; admins also edit them, add nomenclators and import CSV. */
export function PracticesBrowser({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const search = useDebouncedSearch();
  const [nomenclatorId, setNomenclatorId] = useState('');
  const nomenclators = useNomenclators();
  const practices = usePractices({
    q: search.query === '' ? undefined : search.query,
    nomenclator_id: nomenclatorId === '' ? undefined : Number(nomenclatorId),
  });
  const [editing, setEditing] = useState<Practice | null>(null);
  const [creatingNomenclator, nomenclatorModal] = useDisclosure(false);
  const [importing, importModal] = useDisclosure(false);

  const nomenclatorList = nomenclators.data ?? [];
  const nomenclatorName = new Map(nomenclatorList.map((n) => [n.id, n.version ? `${n.name} ${n.version}` : n.name]));
  const items = practices.data?.pages.flatMap((p) => p.items) ?? [];
  const columns = canManage ? 7 : 6;

  return (
    <Stack>
      <Group align="flex-end" justify="space-between" wrap="wrap">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('practices.search')}
            placeholder={t('practices.searchPlaceholder')}
            type="search"
            w={300}
            value={search.text}
            onChange={(e) => search.setText(e.currentTarget.value)}
          />
          <NativeSelect
            label={t('practices.nomenclatorFilter')}
            w={240}
            value={nomenclatorId}
            onChange={(e) => setNomenclatorId(e.currentTarget.value)}
            data={[
              { value: '', label: t('practices.allNomenclators') },
              ...nomenclatorList.map((n) => ({ value: String(n.id), label: nomenclatorName.get(n.id) ?? n.name })),
            ]}
          />
        </Group>
        {canManage && (
          <Group>
            <Button variant="default" onClick={nomenclatorModal.open}>
              {t('practices.nomenclators.new')}
            </Button>
            <Button onClick={importModal.open} disabled={nomenclatorList.length === 0}>
              {t('practices.import.open')}
            </Button>
          </Group>
        )}
      </Group>
      {practices.isPending ? (
        <Loading />
      ) : practices.isError ? (
        <ErrorAlert error={practices.error} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={700} scrollAreaProps={kKeyboardScroll}>
            <Table striped highlightOnHover data-testid="practices-table" aria-label={t('practices.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('practices.columns.code')}</Table.Th>
                  <Table.Th>{t('practices.columns.name')}</Table.Th>
                  <Table.Th>{t('practices.columns.specialty')}</Table.Th>
                  <Table.Th>{t('practices.columns.duration')}</Table.Th>
                  <Table.Th>{t('practices.columns.nomenclator')}</Table.Th>
                  <Table.Th>{t('practices.columns.state')}</Table.Th>
                  {canManage && <Table.Th>{t('practices.columns.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.length === 0 ? (
                  <Table.Tr>
                    <Table.Td colSpan={columns}>
                      <Text c="dimmed">{t('practices.empty')}</Text>
                    </Table.Td>
                  </Table.Tr>
                ) : (
                  items.map((p) => (
                    <Table.Tr key={p.id} data-testid={`practice-row-${p.code}`}>
                      <Table.Td>{p.code}</Table.Td>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td>{p.specialty || t('common.none')}</Table.Td>
                      <Table.Td>{t('practices.minutes', { count: p.duration_minutes })}</Table.Td>
                      <Table.Td>{nomenclatorName.get(p.nomenclator_id) ?? `#${p.nomenclator_id}`}</Table.Td>
                      <Table.Td>
                        <ActiveBadge active={p.active} />
                      </Table.Td>
                      {canManage && (
                        <Table.Td>
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => setEditing(p)}
                            aria-label={t('practices.edit.one', { code: p.code })}
                          >
                            {t('practices.edit.open')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))
                )}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {practices.hasNextPage && (
            <Group justify="center">
              <Button
                variant="default"
                onClick={() => void practices.fetchNextPage()}
                loading={practices.isFetchingNextPage}
              >
                {t('common.more')}
              </Button>
            </Group>
          )}
        </>
      )}
      {canManage && (
        <>
          <PracticeEditModal practice={editing} onClose={() => setEditing(null)} />
          <NomenclatorCreateModal
            opened={creatingNomenclator}
            onClose={nomenclatorModal.close}
            onCreated={(n) => {
              nomenclatorModal.close();
              setNomenclatorId(String(n.id));
            }}
          />
          <ImportCsvModal
            opened={importing}
            onClose={importModal.close}
            nomenclators={nomenclatorList}
            defaultNomenclatorId={nomenclatorId === '' ? undefined : Number(nomenclatorId)}
          />
        </>
      )}
    </Stack>
  );
}
