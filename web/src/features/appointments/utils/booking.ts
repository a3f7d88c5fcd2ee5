import type { Appointment } from '@/features/appointments/types';
import { isLive } from '@/features/appointments/utils/status-actions';

interface RoomLike {
  id: number;
  kind: string;
}

/** Whether two half-open intervals [a, b) and [c, d) overlap (the server's tstzrange '[)'). */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}

/**
 * The room to offer first for [start, end): a consulting room before any other kind, and
 * one with no live turno then among those the agenda has loaded; null when there are no rooms.
 */
export function suggestRoom(
  rooms: readonly RoomLike[],
  appointments: readonly Pick<Appointment, 'room_id' | 'start' | 'end' | 'status'>[],
  start: Date,
  end: Date,
): number | null {
  const ordered = [...rooms].sort((a, b) => Number(b.kind === 'consulting') - Number(a.kind === 'consulting'));
  const busy = new Set(
    appointments
      .filter((a) => isLive(a.status) && overlaps(new Date(a.start), new Date(a.end), start, end))
      .map((a) => a.room_id),
  );
  return (ordered.find((r) => !busy.has(r.id)) ?? ordered[0])?.id ?? null;
}

/** The doctors to offer for a practice: those of its specialty, or all when none has it. */
export function doctorsForPractice<D extends { specialty: string }>(doctors: readonly D[], specialty: string | null): D[] {
  if (!specialty) return [...doctors];
  const matching = doctors.filter((d) => d.specialty === specialty);
  return matching.length > 0 ? matching : [...doctors];
}
