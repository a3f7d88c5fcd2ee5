import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/problem-text';

/**
 * Shows a failed query or mutation in the UI's language: the server's title and detail
 * are English, so the alert says what the status means (404: "No lo encontramos") unless
 * the UI itself is in English.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) return null;
  const text = problemText(error, i18n.language, t);
  return (
    <Alert color="red" role="alert" title={text.title}>
      {text.detail}
    </Alert>
  );
}
