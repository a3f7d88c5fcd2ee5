import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldMessageTranslator } from '@/lib/form-errors';

/**
 * The server's field messages are English phrases ("at least 10 characters"); show them
 * in the UI language when the locale knows them, verbatim otherwise. Dots in a message
 * ("e.g.") would split the i18n key, so the locale spells those messages without them.
 */
export function useFieldMessage(): FieldMessageTranslator {
  const { t, i18n } = useTranslation();
  return useCallback(
    (field: string, message: string) => {
      const key = message.replace(/\./g, '');
      const specific = `fieldErrors.${field}.${key}`;
      if (i18n.exists(specific)) return t(specific);
      const general = `fieldErrors.${key}`;
      if (i18n.exists(general)) return t(general);
      return message;
    },
    [t, i18n],
  );
}
