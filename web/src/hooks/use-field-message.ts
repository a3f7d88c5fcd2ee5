import type { FieldMessageTranslator } from '@/lib/form-errors';
import { useProblemMessages } from '@/hooks/use-problem-messages';

/** A server field error in the UI language (lib/problem-messages.ts decides the words). */
export function useFieldMessage(): FieldMessageTranslator {
  return useProblemMessages().field;
}
