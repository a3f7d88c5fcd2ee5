import { Alert, Button, Group, Modal, NativeSelect, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportNomenclatorCsv } from '@/features/practices/api/import-nomenclator';
import type { CsvRowError } from '@/features/practices/types';
import { csvRowErrors, looksLikeCsvFile } from '@/features/practices/utils/csv-errors';
import { useProblemMessages } from '@/hooks/use-problem-messages';
import { useNotifySuccess } from '@/hooks/use-notify';
import { isApiError } from '@/lib/api-error';
import type { ImportResult, Nomenclator } from '@/lib/api-models';

interface ImportCsvModalProps {
  opened: boolean;
  onClose: () => void;
  nomenclators: readonly Nomenclator[];
  /** Preselected target (the list's nomenclator filter). */
  defaultNomenclatorId?: number;
}

export function ImportCsvModal({ opened, onClose, nomenclators, defaultNomenclatorId }: ImportCsvModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('practices.import.title')} size="xl" centered>
      {opened && (
        <ImportCsvForm nomenclators={nomenclators} defaultNomenclatorId={defaultNomenclatorId} onClose={onClose} />
      )}
    </Modal>
  );
}

function nomenclatorLabel(n: Nomenclator): string {
  return n.version ? `${n.name} (${n.version})` : n.name;
}

function ImportCsvForm({
  nomenclators,
  defaultNomenclatorId,
  onClose,
}: Omit<ImportCsvModalProps, 'opened'>) {
  const { t } = useTranslation();
  const problems = useProblemMessages();
  const fieldMessage = problems.field;
  const notifySuccess = useNotifySuccess();
  const mutation = useImportNomenclatorCsv();
  const [nomenclatorId, setNomenclatorId] = useState(String(defaultNomenclatorId ?? nomenclators[0]?.id ?? ''));
  const [csv, setCsv] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<CsvRowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);

  const readFile = async (file: File | undefined) => {
    setFileProblem(null);
    if (!file) return;
    if (!looksLikeCsvFile(file.name, file.type)) {
      setFileProblem(t('practices.import.notCsv'));
      return;
    }
    setCsv(await file.text());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setRowErrors([]);
    setResult(null);
    if (nomenclatorId === '') {
      setFailure(t('practices.import.chooseNomenclator'));
      return;
    }
    if (csv.trim() === '') {
      setFailure(t('practices.import.empty'));
      return;
    }
    mutation.mutate(
      { nomenclatorId: Number(nomenclatorId), csv },
      {
        onSuccess: (imported) => {
          setResult(imported);
          notifySuccess(t('practices.import.done', { created: imported.created, updated: imported.updated }));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 422 && error.errors.length > 0) {
            setRowErrors(csvRowErrors(error.errors));
            return;
          }
          setFailure(problems.failure(error));
        },
      },
    );
  };

  const columnLabel = (column: string | null) =>
    column === null ? t('common.none') : t(`practices.import.columns.${column}`, { defaultValue: column });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NativeSelect
          label={t('practices.import.nomenclator')}
          value={nomenclatorId}
          onChange={(e) => setNomenclatorId(e.currentTarget.value)}
          data={nomenclators.map((n) => ({ value: String(n.id), label: nomenclatorLabel(n) }))}
        />
        <Text size="sm" c="dimmed">
          {t('practices.import.help')}
        </Text>
        <div>
          <Text component="label" htmlFor="practices-csv-file" size="sm" fw={500}>
            {t('practices.import.file')}
          </Text>
          <input
            id="practices-csv-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            style={{ display: 'block', marginTop: 4 }}
            onChange={(e) => void readFile(e.currentTarget.files?.[0])}
          />
          {fileProblem && (
            <Text c="red" size="sm">
              {fileProblem}
            </Text>
          )}
        </div>
        <Textarea
          label={t('practices.import.content')}
          placeholder={'code,name,specialty,duration\n420101,Consulta médica,Clínica médica,20'}
          autosize
          minRows={5}
          maxRows={14}
          styles={{ input: { fontFamily: 'monospace' } }}
          value={csv}
          onChange={(e) => setCsv(e.currentTarget.value)}
        />
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {result && (
          <Alert color="teal" role="status" data-testid="import-result">
            {t('practices.import.done', { created: result.created, updated: result.updated })}
          </Alert>
        )}
        {rowErrors.length > 0 && (
          <Stack gap="xs">
            <Alert color="red" role="alert">
              {t('practices.import.rejected', { count: rowErrors.length })}
            </Alert>
            <Table data-testid="import-errors" aria-label={t('practices.import.errorsLabel')} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('practices.import.row')}</Table.Th>
                  <Table.Th>{t('practices.import.field')}</Table.Th>
                  <Table.Th>{t('practices.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rowErrors.map((e, i) => (
                  <Table.Tr key={i} data-testid={e.row === null ? undefined : `import-error-row-${e.row}`}>
                    <Table.Td>{e.row ?? t('common.none')}</Table.Td>
                    <Table.Td>{columnLabel(e.column)}</Table.Td>
                    <Table.Td>{fieldMessage(e.column ?? '', e.message)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {result ? t('common.close') : t('common.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('practices.import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
