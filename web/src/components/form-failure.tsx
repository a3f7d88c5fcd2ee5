import { Alert } from '@mantine/core';

/** A form's general error line (errors that belong to no single field). */
export function FormFailure({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert">
      {message}
    </Alert>
  );
}
