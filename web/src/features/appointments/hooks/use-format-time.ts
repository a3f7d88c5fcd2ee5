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
  // "Viernes, 27 de noviembre": a heading, so only its first letter is upper case.
  const longDay = useCallback(
    (instant: Date, timeZone: string) =>
      capitalized(new Intl.DateTimeFormat(locale, { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(instant)),
    [locale],
  );
  const dayHeading = useCallback((date: string) => longDay(new Date(`${date}T12:00:00Z`), 'UTC'), [longDay]);
  return { dateTime, time, day, longDay, dayHeading };
}

function capitalized(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
