import type { BlockErrors, BlockRow } from '@/features/doctors/types';
import type { FieldError } from '@/lib/api-error';
import type { Schedule, ScheduleBlock } from '@/lib/api-models';

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `block-${nextKey}`;
}

export function scheduleToRows(schedule: Schedule): BlockRow[] {
  return schedule.blocks.map((b) => ({
    key: newKey(),
    weekday: b.weekday,
    clinic_id: String(b.clinic_id),
    from: b.from,
    to: b.to,
  }));
}

/**
 * The PUT body, blocks by weekday (then as shown), and the row key of each sent block:
 * the server's "blocks[i]" errors count positions in this body.
 */
export function rowsToSchedule(rows: readonly BlockRow[]): { body: Schedule; keys: string[] } {
  const ordered = rows.map((row, i) => ({ row, i })).sort((a, b) => a.row.weekday - b.row.weekday || a.i - b.i);
  const blocks: ScheduleBlock[] = ordered.map(({ row }) => ({
    clinic_id: Number(row.clinic_id),
    weekday: row.weekday,
    from: row.from,
    to: row.to,
  }));
  return { body: { blocks }, keys: ordered.map(({ row }) => row.key) };
}

const kBlockField = /^blocks\[(\d+)\](?:\.(\w+))?$/;
const kBlockFieldNames = new Set(['clinic_id', 'weekday', 'from', 'to']);

/**
 * Puts the server's errors on the blocks they name: "blocks[2].clinic_id" beside that
 * block's clinic, "blocks[2]" (an overlap) under the whole block. `keys` is from
 * rowsToSchedule. Errors naming no sent block are returned in `rest`.
 */
export function blockErrorsByKey(
  errors: readonly FieldError[],
  keys: readonly string[],
): { byKey: Record<string, BlockErrors>; rest: FieldError[] } {
  const byKey: Record<string, BlockErrors> = {};
  const rest: FieldError[] = [];
  for (const e of errors) {
    const match = kBlockField.exec(e.field);
    const key = match ? keys[Number(match[1])] : undefined;
    if (!match || key === undefined) {
      rest.push(e);
      continue;
    }
    const name = match[2];
    const slot: keyof BlockErrors = name && kBlockFieldNames.has(name) ? (name as keyof BlockErrors) : 'block';
    const target = (byKey[key] ??= {});
    target[slot] = target[slot] ? `${target[slot]}; ${e.message}` : e.message;
  }
  return { byKey, rest };
}

export interface Overlap {
  other: number;
  weekday: number;
  from: string;
  to: string;
}

/** Reads "overlaps blocks[j] (weekday 1 08:00-12:00)", the server's overlap message. */
export function parseOverlap(message: string): Overlap | null {
  const match = /^overlaps blocks\[(\d+)\] \(weekday (\d) (\d{2}:\d{2})-(\d{2}:\d{2})\)$/.exec(message);
  if (!match) return null;
  return { other: Number(match[1]), weekday: Number(match[2]), from: match[3]!, to: match[4]!};
}

function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function fromMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A new block's hours: 08:00–12:00, or four hours after the day's latest block (until 23:59). */
export function nextBlockTimes(rows: readonly BlockRow[], weekday: number): { from: string; to: string } {
  const sameDay = rows.filter((r) => r.weekday === weekday && /^\d{2}:\d{2}$/.test(r.to));
  if (sameDay.length === 0) return { from: '08:00', to: '12:00' };
  const latest = Math.max(...sameDay.map((r) => toMinutes(r.to)));
  if (latest >= 23 * 60 + 59) return { from: '08:00', to: '12:00' };
  return { from: fromMinutes(latest), to: fromMinutes(Math.min(latest + 240, 23 * 60 + 59)) };
}

export function newBlockRow(rows: readonly BlockRow[], weekday: number, clinicId: string): BlockRow {
  return { key: newKey(), weekday, clinic_id: clinicId, ...nextBlockTimes(rows, weekday) };
}
