import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface EntryFormActionsProps {
  saving: boolean;
  /** While the write context is still unknown. */
  disabled?: boolean;
  onCancel: () => void;
  saveLabel?: string;
}

/** Save and cancel, at the foot of every record form. */
export function EntryFormActions({ saving, disabled, onCancel, saveLabel }: EntryFormActionsProps) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={saving} disabled={disabled}>
        {saveLabel ?? t('records.save')}
      </Button>
    </Group>
  );
}
