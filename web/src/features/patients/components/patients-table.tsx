import { kKeyboardScroll } from '@/lib/keyboard-scroll';
import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { patientDisplayName } from '@/features/patients/utils/patient-form';
import type { Patient } from '@/lib/api-models';
import { formatPhone } from '@/lib/format';

export function PatientsTable({ patients }: { patients: Patient[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={600} scrollAreaProps={kKeyboardScroll}>
      <Table striped highlightOnHover data-testid="patients-table" aria-label={t('patients.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('patients.columns.name')}</Table.Th>
            <Table.Th>{t('patients.columns.document')}</Table.Th>
            <Table.Th>{t('patients.columns.phone')}</Table.Th>
            <Table.Th>{t('patients.columns.insurer')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={4}>
                <Text c="dimmed">{t('patients.empty')}</Text>
              </Table.Td>
            </Table.Tr>
          ) : (
            patients.map((p) => (
              <Table.Tr key={p.id} data-testid={`patient-row-${p.document_number}`}>
                <Table.Td>
                  <Anchor component={Link} to={`/patients/${p.id}`}>
                    {patientDisplayName(p)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {p.document_type} {p.document_number}
                </Table.Td>
                <Table.Td>{p.phone ? formatPhone(p.phone) : t('common.none')}</Table.Td>
                <Table.Td>{p.insurer ?? t('common.none')}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
