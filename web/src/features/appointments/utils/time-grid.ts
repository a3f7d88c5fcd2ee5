// Wall-clock arithmetic for the agenda. The grid shows a clinic's own hours (its IANA time
// zone), whatever the browser's zone is, so 09:00 on the grid is 09:00 at the clinic and
// the server checks the doctor's hours against the same clock.

export const kGridStartMinutes = 7 * 60;
export const kGridEndMinutes = 21 * 60;
export const kSlotMinutes = 15;

/** "HH:MM" of minutes since midnight. */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Minutes since midnight of "HH:MM", or null when it is not a time of day. */
export function parseMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 24 || m > 59 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

/** The start of every row: 07:00, 07:15, ... 20:45 by default. */
export function slotStarts(
  from = kGridStartMinutes,
  to = kGridEndMinutes,
  step = kSlotMinutes,
): number[] {
  const out: number[] = [];
  for (let m = from; m + step <= to; m += step) out.push(m);
  return out;
}

export interface ZonedParts {
  /** YYYY-MM-DD at the zone. */
  date: string;
  /** Minutes since the zone's midnight. */
  minutes: number;
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function partsOf(instant: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** The wall-clock date, time and weekday of `instant` at `timeZone`. */
export function zonedParts(instant: Date, timeZone: string): ZonedParts {
  const p = partsOf(instant, timeZone);
  const date = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
  return { date, minutes: p.hour * 60 + p.minute, weekday: weekdayOf(date) };
}

/** Minutes the zone is ahead of UTC at `instant` (Buenos Aires: -180). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const p = partsOf(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60000);
}

/** The instant whose wall clock at `timeZone` reads `date` + `minutes`. */
export function zonedToInstant(date: string, minutes: number, timeZone: string): Date {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, mo - 1, d, 0, minutes);
  // Two passes settle the offset even next to a DST change.
  let instant = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60000;
  instant = guess - zoneOffsetMinutes(new Date(instant), timeZone) * 60000;
  return new Date(instant);
}

/** ISO weekday (1 = Monday) of a YYYY-MM-DD date. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 ? 7 : day;
}

/** YYYY-MM-DD `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Monday .. Sunday of the week holding `date`. */
export function weekDates(date: string): string[] {
  const monday = addDays(date, 1 - weekdayOf(date));
  return [0, 1, 2, 3, 4, 5, 6].map((i) => addDays(monday, i));
}

/** Today's date at the zone. */
export function todayAt(timeZone: string, now: Date = new Date()): string {
  return zonedParts(now, timeZone).date;
}

/** [start of `firstDate`, start of the day after `lastDate`) at the zone, as instants. */
export function dayRange(firstDate: string, lastDate: string, timeZone: string): { from: Date; to: Date } {
  return { from: zonedToInstant(firstDate, 0, timeZone), to: zonedToInstant(addDays(lastDate, 1), 0, timeZone) };
}

/** Where an appointment sits in a day column: its first row and how many rows it covers. */
export interface RowPlacement {
  row: number;
  span: number;
}

/**
 * Rows (0 = the grid's first slot) that [start, end) covers on `date` at the zone, clipped
 * to the grid; null when it does not show on that day's grid at all.
 */
export function placeOnDay(
  start: Date,
  end: Date,
  date: string,
  timeZone: string,
  gridStart = kGridStartMinutes,
  gridEnd = kGridEndMinutes,
  step = kSlotMinutes,
): RowPlacement | null {
  const dayStart = zonedToInstant(date, gridStart, timeZone).getTime();
  const dayEnd = zonedToInstant(date, gridEnd, timeZone).getTime();
  const from = Math.max(start.getTime(), dayStart);
  const to = Math.min(end.getTime(), dayEnd);
  if (to <= from) return null;
  const row = Math.floor((from - dayStart) / 60000 / step);
  const lastRow = Math.ceil((to - dayStart) / 60000 / step);
  return { row, span: Math.max(1, lastRow - row) };
}

export interface Interval {
  id: number;
  /** First row covered and the row after the last (rows of the grid). */
  start: number;
  end: number;
  /** Live turnos hold the slot; cancelled and no-show ones do not. */
  live: boolean;
}

/**
 * One lane per column: which turnos are drawn, each at its true size, over the rows it
 * covers. Live turnos never overlap in a doctor's or a room's column (the exclusion
 * constraints), so all of them are drawn; a freed turno (cancelled, no-show) is drawn only
 * where no live turno and no later freed one already is, so no block is ever half-width
 * and every empty-looking cell is free. Returns the drawn ids and, per covered row, the
 * id drawn there.
 */
export function columnLayout(intervals: readonly Interval[]): { drawn: number[]; cover: Map<number, number> } {
  const order = [...intervals].sort(
    (a, b) => Number(b.live) - Number(a.live) || b.id - a.id,
  );
  const cover = new Map<number, number>();
  const drawn: number[] = [];
  for (const item of order) {
    let free = true;
    for (let r = item.start; r < item.end && free; r++) free = !cover.has(r);
    if (!free) continue;
    for (let r = item.start; r < item.end; r++) cover.set(r, item.id);
    drawn.push(item.id);
  }
  return { drawn, cover };
}

export interface HoursBlock {
  clinic_id: number;
  weekday: number;
  from: string;
  to: string;
}

/** Whether [minutes, minutes + length) lies inside one of the doctor's blocks at the clinic that weekday. */
export function withinHours(
  blocks: readonly HoursBlock[],
  clinicId: number,
  weekday: number,
  minutes: number,
  length = kSlotMinutes,
): boolean {
  return blocks.some((b) => {
    if (b.clinic_id !== clinicId || b.weekday !== weekday) return false;
    const from = parseMinutes(b.from);
    const to = parseMinutes(b.to);
    return from !== null && to !== null && minutes >= from && minutes + length <= to;
  });
}

/** `YYYY-MM-DDTHH:MM` (a datetime-local input's value) of an instant at the zone. */
export function toLocalInput(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.date}T${formatMinutes(p.minutes)}`;
}

/** The instant of a datetime-local value read at the zone, or null when it is not one. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match) return null;
  const minutes = parseMinutes(match[2]!);
  if (minutes === null) return null;
  return zonedToInstant(match[1]!, minutes, timeZone);
}

/** Adds minutes to an instant. */
export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60000);
}

/** "HH:MM" of an instant at the zone. */
export function timeAt(instant: Date, timeZone: string): string {
  return formatMinutes(zonedParts(instant, timeZone).minutes);
}
