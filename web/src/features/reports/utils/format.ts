// Numbers as an Argentine reader expects them: "1.234,5", "12,5 %".
const kNumber = new Intl.NumberFormat('es-AR', { maximumFractionDigits: 1 });
const kPercent = new Intl.NumberFormat('es-AR', { style: 'percent', maximumFractionDigits: 1 });

/** A figure, "—" when absent; a hidden small cell is "<5". */
export function formatNumber(value: number | null | undefined, suppressed = false): string {
  if (suppressed) return '<5';
  return value === null || value === undefined ? '—' : kNumber.format(value);
}

/** A ratio (0.25) as a percentage ("25 %"), "—" when absent. */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : kPercent.format(value);
}

/** YYYY-MM-DD of a Date in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day `days` after YYYY-MM-DD `day` (negative: before). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** The first day of the month of YYYY-MM-DD `day`. */
export function monthStart(day: string): string {
  return `${day.slice(0, 8)}01`;
}

/** The last day of the month of YYYY-MM-DD `day`. */
export function monthEnd(day: string): string {
  const date = new Date(`${monthStart(day)}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1);
  date.setUTCDate(0);
  return isoDay(date);
}
