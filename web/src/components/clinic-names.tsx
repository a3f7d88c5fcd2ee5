import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

/** A comma-separated list of clinic names for ids, or a dash. */
export function ClinicNames({ ids }: { ids: readonly number[] }) {
  const { t } = useTranslation();
  const clinics = useClinicsCatalog();
  if (ids.length === 0) return <Text span c="dimmed">{t('common.none')}</Text>;
  const byId = new Map((clinics.data ?? []).map((c) => [c.id, c.name]));
  return <>{ids.map((id) => byId.get(id) ?? `#${id}`).join(', ')}</>;
}
