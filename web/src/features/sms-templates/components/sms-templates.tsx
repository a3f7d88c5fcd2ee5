import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { useSmsTemplates } from '@/features/sms-templates/api/list-sms-templates';
import { TemplateEditor } from '@/features/sms-templates/components/template-editor';
import { formatDateTime } from '@/lib/format';

/** Every template: what it is for, its text, the cost of its preview, and "Editar". */
export function SmsTemplates() {
  const { t } = useTranslation();
  const templates = useSmsTemplates();
  const [editing, setEditing] = useState<string | null>(null);
  if (templates.isPending) return <Loading />;
  if (templates.isError) return <ErrorAlert error={templates.error} />;
  const { items, placeholders } = templates.data;
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('smsTemplates.intro')}
      </Text>
      {items.map((tpl) => (
        <Paper key={tpl.kind} withBorder p="md" data-testid={`template-${tpl.kind}`}>
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={3} size="h5">
                {t(`smsTemplates.kinds.${tpl.kind}`)}
              </Title>
              {editing !== tpl.kind && (
                <Button variant="light" size="xs" onClick={() => setEditing(tpl.kind)}>
                  {t('smsTemplates.edit')}
                </Button>
              )}
            </Group>
            {editing === tpl.kind ? (
              <TemplateEditor template={tpl} placeholders={placeholders} onDone={() => setEditing(null)} />
            ) : (
              <>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{tpl.body}</Text>
                <Group gap="xs">
                  <Badge color={tpl.encoding === 'UCS-2' ? 'orange' : 'teal'} variant="light">
                    {tpl.encoding}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('smsTemplates.counter.characters', { count: tpl.characters })} ·{' '}
                    {t('smsTemplates.counter.segments', { count: tpl.segments })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {tpl.updated_by_name
                      ? t('smsTemplates.updatedBy', {
                          name: tpl.updated_by_name,
                          when: formatDateTime(tpl.updated_at),
                        })
                      : t('smsTemplates.default')}
                  </Text>
                </Group>
              </>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
