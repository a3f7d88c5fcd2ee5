import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AmendTarget } from '@/features/records/components/amend-entry-modal';
import type { RecordEntry } from '@/features/records/types';
import { isOngoing } from '@/features/records/utils/format';
import { localDate } from '@/features/records/utils/record-forms';

interface EntryActionsProps {
  entry: RecordEntry;
  onAmend: (target: AmendTarget) => void;
  /** Opens "Nuevo tratamiento" for this diagnosis. */
  onTreat: (diagnosisId: number) => void;
}

/**
 * The doctor's buttons on the current version of an entry: correct it, and the corrections
 * that are common enough to have their own button (resolve a diagnosis, end a treatment).
 */
export function EntryActions({ entry, onAmend, onTreat }: EntryActionsProps) {
  const { t } = useTranslation();
  if (entry.superseded) return null;
  const today = localDate();
  return (
    <Group gap={4} mt={4}>
      {entry.kind === 'diagnosis' && entry.status === 'active' && (
        <>
          <Button size="compact-xs" variant="subtle" onClick={() => onTreat(entry.original_id)}>
            {t('records.actions.treat')}
          </Button>
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => onAmend({ entry, preset: { status: 'resolved' }, titleKey: 'records.amend.resolveTitle' })}
          >
            {t('records.actions.resolve')}
          </Button>
        </>
      )}
      {entry.kind === 'treatment' && isOngoing(entry.end_date, today) && (
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => onAmend({ entry, preset: { end_date: today }, titleKey: 'records.amend.endTitle' })}
        >
          {t('records.actions.end')}
        </Button>
      )}
      <Button size="compact-xs" variant="subtle" color="orange" onClick={() => onAmend({ entry })}>
        {t('records.actions.amend')}
      </Button>
    </Group>
  );
}
