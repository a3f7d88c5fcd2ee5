// Dates of the record in the UI language. Instants are shown on the user's clock (the
// device's time zone); calendar dates (YYYY-MM-DD) as the day they name.

export function uiLocale(language: string): string {
  return language === 'en' ? 'en-US' : 'es-AR';
}

/** "14:05" */
export function formatClock(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "3 mar 2025, 14:05" */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** "28 nov" */
export function formatDayMonth(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' }).format(new Date(iso));
}

/** Whether two instants fall on the same calendar day at the zone (the device's by default). */
export function sameDay(a: Date, b: Date, timeZone?: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(a) === day.format(b);
}

/** "3 mar 2025" for 2025-03-03, whatever the device's zone. */
export function formatDay(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** Whole years between a birth date and a day (both YYYY-MM-DD); null without a birth date. */
export function ageOn(birthDate: string | null, today: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

/** Whether a treatment goes on at `today` (no end date, or one not passed yet). */
export function isOngoing(endDate: string | null, today: string): boolean {
  return endDate === null || endDate >= today;
}
