import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatDateTime, formatDay, formatDayMonth, uiLocale } from '@/features/records/utils/format';

/** The record's dates and times in the UI language, on the user's clock. */
export function useRecordFormat() {
  const { i18n } = useTranslation();
  const locale = uiLocale(i18n.language);
  return useMemo(
    () => ({
      clock: (iso: string) => formatClock(iso, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale),
      day: (date: string) => formatDay(date, locale),
      dayMonth: (iso: string) => formatDayMonth(iso, locale),
    }),
    [locale],
  );
}
