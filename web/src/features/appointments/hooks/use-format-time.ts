import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and times shown at the clinic's zone, in the UI language. */
export function useFormatTime() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-US' : 'es-AR';
  const dateTime = useCallback(
    (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(iso)),
    [locale],
  );
  const time = useCallback(
    (iso: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
        new Date(iso),
      ),
    [locale],
  );
  const day = useCallback(
    (date: string) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
        new Date(`${date}T12:00:00Z`),
      ),
    [locale],
  );
  const longDay = useCallback(
    (instant: Date, timeZone: string) =>
      new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(instant),
    [locale],
  );
  return { dateTime, time, day, longDay };
}
