// "Sacar turno" from the free slots: the window asked for, the slots the patient can take,
// and their grouping by day for the list.
import type { Appointment, AvailableSlot } from '@/features/appointments/types';
import { overlaps } from '@/features/appointments/utils/booking';
import { isLive } from '@/features/appointments/utils/status-actions';
import { addDays, zonedParts, zonedToInstant } from '@/features/appointments/utils/time-grid';

/** Days of free slots shown at a time, from the chosen date. */
export const kAvailabilityDays = 7;
/** Slots asked for at most (the server's page limit); reaching it means there are more. */
export const kAvailabilityLimit = 200;

/** [the start of `fromDate`, `days` later) at the zone, as RFC 3339 instants (the server never returns past slots). */
export function availabilityWindow(fromDate: string, timeZone: string, days = kAvailabilityDays): { from: string; to: string } {
  return {
    from: zonedToInstant(fromDate, 0, timeZone).toISOString(),
    to: zonedToInstant(addDays(fromDate, days), 0, timeZone).toISOString(),
  };
}

/** The slots that do not overlap one of the patient's own live turnos (the server would refuse those). */
export function slotsFreeForPatient(
  slots: readonly AvailableSlot[],
  mine: readonly Pick<Appointment, 'start' | 'end' | 'status'>[],
): AvailableSlot[] {
  const busy = mine.filter((a) => isLive(a.status));
  return slots.filter((s) =>
    busy.every((a) => !overlaps(new Date(s.start), new Date(s.end), new Date(a.start), new Date(a.end))),
  );
}

export interface SlotDay {
  /** YYYY-MM-DD at the slots' clinic zone. */
  date: string;
  slots: AvailableSlot[];
}

/** Slots by day (each at its clinic's zone), days and slots in order of start. */
export function groupSlotsByDay(slots: readonly AvailableSlot[], zoneOf: (clinicId: number) => string): SlotDay[] {
  const sorted = [...slots].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.doctor_id - b.doctor_id);
  const days = new Map<string, AvailableSlot[]>();
  for (const slot of sorted) {
    const date = zonedParts(new Date(slot.start), zoneOf(slot.clinic_id)).date;
    const day = days.get(date);
    if (day) day.push(slot);
    else days.set(date, [slot]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/** One slot's identity (the same time may be free with several doctors). */
export function slotKey(slot: Pick<AvailableSlot, 'doctor_id' | 'clinic_id' | 'start'>): string {
  return `${slot.doctor_id}-${slot.clinic_id}-${slot.start}`;
}
