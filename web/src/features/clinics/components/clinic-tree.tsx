import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useFloors } from '@/features/clinics/api/list-floors';
import { FloorSection } from '@/features/clinics/components/floor-section';

/** The clinic as a tree: floors by number, each with its rooms by code. */
export function ClinicTree({ clinicId, canManage }: { clinicId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const floors = useFloors(clinicId);
  if (floors.isPending) return <Loading />;
  if (floors.isError) return <ErrorAlert error={floors.error} />;
  return (
    <Stack data-testid="clinic-tree" aria-label={t('clinics.tree.label')} role="group">
      {floors.data.length === 0 ? (
        <Text c="dimmed">{t('clinics.tree.empty')}</Text>
      ) : (
        floors.data.map((floor) => (
          <FloorSection key={floor.id} floor={floor} floors={floors.data} canManage={canManage} />
        ))
      )}
    </Stack>
  );
}
