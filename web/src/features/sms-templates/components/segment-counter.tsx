import { Alert, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SegmentCount } from '@/lib/sms-segments';

/** "N caracteres · GSM-7 · 1 segmento", and why UCS-2 costs more when it applies. */
export function SegmentCounter({ count }: { count: SegmentCount }) {
  const { t } = useTranslation();
  const ucs2 = count.encoding === 'UCS-2';
  return (
    <>
      <Group gap="xs" data-testid="segment-counter" aria-live="polite">
        <Text size="sm">{t('smsTemplates.counter.characters', { count: count.characters })}</Text>
        <Badge color={ucs2 ? 'orange' : 'teal'} variant="light" data-testid="segment-encoding">
          {count.encoding}
        </Badge>
        <Text size="sm" data-testid="segment-count">
          {t('smsTemplates.counter.segments', { count: count.segments })}
        </Text>
      </Group>
      {ucs2 && (
        <Alert color="orange" data-testid="ucs2-warning">
          {t('smsTemplates.counter.ucs2Warning', { characters: count.nonGsm.join(' ') })}
        </Alert>
      )}
    </>
  );
}
