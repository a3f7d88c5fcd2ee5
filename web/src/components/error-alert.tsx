import { Alert } from '@mantine/core';
import { useProblemMessages } from '@/hooks/use-problem-messages';

/**
 * Shows a failed query or mutation in the UI's language: the server's title and detail
 * are English, so the alert says what the problem's type means (404: "No lo encontramos")
 * unless the UI itself is in English (lib/problem-messages.ts).
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const problems = useProblemMessages();
  if (!error) return null;
  const text = problems.text(error);
  return (
    <Alert color="red" role="alert" title={text.title}>
      {text.detail}
    </Alert>
  );
}
