// Dragging a turno on the agenda grid: where it lands and what PATCH /appointments/{id}
// that asks for. The block moves by the distance dragged, in whole rows, so a turno at
// 09:10 grabbed on its first row and dropped on the 10:00 row starts at 10:10; the
// length stays the same; a different column means a different doctor, room or day.
import type { Appointment, AppointmentReschedule, GridColumn } from '@/features/appointments/types';
import { kGridStartMinutes, kSlotMinutes, zonedParts, zonedToInstant } from '@/features/appointments/utils/time-grid';

/** A row of a column: the column's date and the row's start (minutes since midnight, clinic time). */
export interface GridPoint {
  date: string;
  minutes: number;
}

/**
 * The row under the pointer when a block is grabbed: `offsetPx` from the block's top,
 * the block's first row (`firstRow`, 0 = the grid's first slot) and how many rows it covers.
 */
export function grabbedRowMinutes(
  firstRow: number,
  span: number,
  offsetPx: number,
  rowHeightPx: number,
  gridStart = kGridStartMinutes,
  step = kSlotMinutes,
): number {
  const within = Math.min(Math.max(Math.floor(offsetPx / rowHeightPx), 0), Math.max(span - 1, 0));
  return gridStart + (firstRow + within) * step;
}

/**
 * The reschedule a drop asks for: from the row grabbed (`grab`) to the row and column the
 * block was dropped on. Only what changes is in the body (start and end together, a
 * doctor column's doctor, a room column's room); null when nothing changes.
 */
export function rescheduleForDrop(
  appointment: Pick<Appointment, 'start' | 'end' | 'doctor_id' | 'room_id'>,
  grab: GridPoint,
  drop: GridPoint & Pick<GridColumn, 'doctorId' | 'roomId'>,
  timeZone: string,
): AppointmentReschedule | null {
  const start = new Date(appointment.start);
  const length = new Date(appointment.end).getTime() - start.getTime();
  const startMinutes = zonedParts(start, timeZone).minutes;
  const body: AppointmentReschedule = {};

  const moved = drop.date !== grab.date || drop.minutes !== grab.minutes;
  if (moved) {
    const newStart = zonedToInstant(drop.date, startMinutes + (drop.minutes - grab.minutes), timeZone);
    if (newStart.getTime() !== start.getTime()) {
      body.start = newStart.toISOString();
      body.end = new Date(newStart.getTime() + length).toISOString();
    }
  }
  if (drop.doctorId !== null && drop.doctorId !== appointment.doctor_id) body.doctor_id = drop.doctorId;
  if (drop.roomId !== null && drop.roomId !== appointment.room_id) body.room_id = drop.roomId;
  return Object.keys(body).length === 0 ? null : body;
}

/** The turno as it will look once the move is accepted (shown while the server decides). */
export function applyReschedule<A extends Pick<Appointment, 'start' | 'end' | 'doctor_id' | 'room_id'>>(
  appointment: A,
  body: AppointmentReschedule,
): A {
  return { ...appointment, ...body };
}
