/** When a message arrived, as the SMS screens show it: day and time on a 24-hour clock. */
export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-US' : 'es-AR', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
