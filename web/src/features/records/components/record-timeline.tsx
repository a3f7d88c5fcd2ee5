import { Badge, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryActionsRender } from '@/features/records/components/current-lists';
import { EntryContent, EntryMeta } from '@/features/records/components/entry-content';
import type { RecordEntry, TimelineGroup } from '@/features/records/types';

interface RecordTimelineProps {
  groups: TimelineGroup[];
  title?: string;
  emptyText?: string;
  diagnosisLabel: (originalId: number) => string | null;
  actions?: EntryActionsRender;
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
}

function AmendmentReason({ entry }: { entry: RecordEntry }) {
  const { t } = useTranslation();
  if (entry.amendment_reason === null) return null;
  return (
    <Text size="sm" c="var(--mantine-color-orange-light-color)" data-testid="amendment-reason">
      {t('records.timeline.amendedBecause', { reason: entry.amendment_reason })}
    </Text>
  );
}

/**
 * Newest entry first. An entry that was corrected shows its current version, why it was
 * corrected, and below it the versions it replaced, marked as such.
 */
export function RecordTimeline({ groups, title, emptyText, diagnosisLabel, actions, hasMore, loadingMore, onMore }: RecordTimelineProps) {
  const { t } = useTranslation();
  const label = (entry: RecordEntry) =>
    entry.kind === 'treatment' && entry.diagnosis_id !== null ? diagnosisLabel(entry.diagnosis_id) : null;
  return (
    <Stack gap="sm" data-testid="record-timeline">
      <Title order={3} size="h4">
        {title ?? t('records.timeline.title')}
      </Title>
      {groups.length === 0 && <Text c="dimmed">{emptyText ?? t('records.timeline.empty')}</Text>}
      {groups.map(({ originalId, current, superseded }) => (
        <Paper
          key={originalId}
          withBorder
          p="sm"
          data-testid={`entry-${originalId}`}
          data-kind={current.kind}
          data-current-id={current.id}
          role="article"
          aria-label={t(`records.kinds.${current.kind}`)}
        >
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start">
              <Group gap="xs">
                <Badge variant="light">{t(`records.kinds.${current.kind}`)}</Badge>
                {superseded.length > 0 && (
                  <Badge color="orange" variant="light">
                    {t('records.timeline.amended')}
                  </Badge>
                )}
              </Group>
              {actions?.(current)}
            </Group>
            <EntryContent entry={current} diagnosisLabel={label(current)} />
            <AmendmentReason entry={current} />
            <EntryMeta entry={current} />
            {superseded.map((version) => (
              <Box
                key={version.id}
                data-testid="superseded-version"
                data-id={version.id}
                pl="sm"
                ml="xs"
                style={{ borderLeft: '3px solid var(--mantine-color-gray-4)', background: 'var(--mantine-color-gray-0)' }}
              >
                <Stack gap={4}>
                  <Badge color="gray" variant="outline" w="fit-content">
                    {t('records.timeline.superseded')}
                  </Badge>
                  <Box td="line-through">
                    <EntryContent entry={version} diagnosisLabel={label(version)} />
                  </Box>
                  <AmendmentReason entry={version} />
                  <EntryMeta entry={version} />
                </Stack>
              </Box>
            ))}
          </Stack>
        </Paper>
      ))}
      {hasMore && (
        <Group justify="center">
          <Button variant="default" onClick={onMore} loading={loadingMore}>
            {t('common.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
