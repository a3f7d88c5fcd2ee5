import { Alert, Button, Group, Paper, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailure } from '@/components/form-failure';
import { useUpdateSmsTemplate } from '@/features/sms-templates/api/update-sms-template';
import { SegmentCounter } from '@/features/sms-templates/components/segment-counter';
import type { SmsPlaceholder, SmsTemplate } from '@/features/sms-templates/types';
import { insertPlaceholder, renderPreview, unknownPlaceholders } from '@/features/sms-templates/utils/template-text';
import { useApiFormErrors } from '@/hooks/use-api-form-errors';
import { useNotifySuccess } from '@/hooks/use-notify';
import { countSegments } from '@/lib/sms-segments';

interface TemplateEditorProps {
  template: SmsTemplate;
  placeholders: readonly SmsPlaceholder[];
  onDone: () => void;
}

/** One template's text with insertable placeholders, the live cost of its preview, and the preview. */
export function TemplateEditor({ template, placeholders, onDone }: TemplateEditorProps) {
  const { t } = useTranslation();
  const notify = useNotifySuccess();
  const mutation = useUpdateSmsTemplate();
  const { failure, clearFailure, onError } = useApiFormErrors();
  const [body, setBody] = useState(template.body);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  const preview = renderPreview(body, placeholders);
  const unknown = unknownPlaceholders(body, placeholders);

  const insert = (name: string) => {
    const el = area.current;
    const next = insertPlaceholder(body, name, el?.selectionStart ?? body.length, el?.selectionEnd ?? body.length);
    setBody(next.body);
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };

  const save = () => {
    clearFailure();
    setBodyError(null);
    mutation.mutate(
      { kind: template.kind, body },
      {
        onSuccess: () => {
          notify(t('smsTemplates.saved'));
          onDone();
        },
        onError: (error) => onError(error, { fields: ['body'], setFieldError: (_f, message) => setBodyError(message) }),
      },
    );
  };

  return (
    <Stack data-testid={`template-editor-${template.kind}`}>
      <FormFailure message={failure} />
      <Textarea
        ref={area}
        label={t('smsTemplates.body')}
        description={t('smsTemplates.bodyHelp')}
        autosize
        minRows={3}
        maxLength={640}
        value={body}
        error={bodyError}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <Group gap="xs" aria-label={t('smsTemplates.placeholders')}>
        <Text size="sm">{t('smsTemplates.insert')}</Text>
        {placeholders.map((p) => (
          <UnstyledButton
            key={p.name}
            onClick={() => insert(p.name)}
            aria-label={t('smsTemplates.insertPlaceholder', { name: p.name })}
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 16, padding: '2px 10px', fontSize: 13 }}
          >
            {`{${p.name}}`}
          </UnstyledButton>
        ))}
      </Group>
      {unknown.length > 0 && (
        <Alert color="red" data-testid="unknown-placeholders">
          {t('smsTemplates.unknownPlaceholders', { names: unknown.map((n) => `{${n}}`).join(' ') })}
        </Alert>
      )}
      <SegmentCounter count={countSegments(preview)} />
      <Paper withBorder p="sm" bg="gray.0">
        <Text size="xs" c="dimmed">
          {t('smsTemplates.preview')}
        </Text>
        <Text data-testid="template-preview" style={{ whiteSpace: 'pre-wrap' }}>
          {preview}
        </Text>
      </Paper>
      <Group>
        <Button onClick={save} loading={mutation.isPending} disabled={body.trim() === '' || unknown.length > 0}>
          {t('smsTemplates.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('smsTemplates.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
