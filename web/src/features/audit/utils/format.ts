/**
 * An instant as the audit screens show it: day and time to the second on a 24-hour clock
 * (es-AR's default clock is 12-hour and its toLocaleString drops the a.m./p.m. marker).
 */
export function formatInstant(iso: string | Date, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'es-AR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(typeof iso === 'string' ? new Date(iso) : iso);
}
