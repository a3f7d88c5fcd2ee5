// Which buttons an appointment shows, by the caller's role and the turno's state
// (DESIGN.md §4-§5). The server decides; this only avoids offering refused moves.
import type { AppointmentAction, AppointmentStatus } from '@/features/appointments/types';
import type { Role } from '@/lib/api-models';
import { todayAt, zonedParts } from '@/features/appointments/utils/time-grid';

/** Patients may not cancel or reschedule online within this many minutes of the start (the server answers 409). */
export const kPatientCancelCutoffMinutes = 120;

/** The state each status action moves to (the reschedule action changes no state). */
export const kActionTarget: Record<Exclude<AppointmentAction, 'reschedule'>, AppointmentStatus> = {
  confirm: 'confirmed',
  arrive: 'waiting',
  call: 'in_progress',
  finish: 'finished',
  cancel: 'cancelled',
  noShow: 'no_show',
};

export const kStatuses: readonly AppointmentStatus[] = [
  'registered',
  'confirmed',
  'waiting',
  'in_progress',
  'finished',
  'cancelled',
  'no_show',
];

/** Cancelled and no-show turnos free their slot (they are outside the overlap constraints). */
export function isLive(status: AppointmentStatus): boolean {
  return status !== 'cancelled' && status !== 'no_show';
}

export interface ActionContext {
  role: Role;
  status: AppointmentStatus;
  start: Date;
  now: Date;
  /** Doctors act on their own turnos only. */
  ownAsDoctor?: boolean;
  /** The clinic's IANA zone: arrival, calling in and finishing follow its calendar day. */
  timeZone?: string;
}

/**
 * The turno's local day minus today's at the clinic (0 today, < 0 past, > 0 ahead), as
 * the server's turno_days_from_today() counts it.
 */
export function daysFromToday(start: Date, now: Date, timeZone: string): number {
  const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  return day(zonedParts(start, timeZone).date) - day(todayAt(timeZone, now));
}

export function allowedActions({
  role,
  status,
  start,
  now,
  ownAsDoctor = false,
  timeZone = 'America/Argentina/Buenos_Aires',
}: ActionContext): AppointmentAction[] {
  const started = now.getTime() >= start.getTime();
  // DESIGN.md §4: arrival and calling in only on the turno's day; finishing that day or later.
  const days = daysFromToday(start, now, timeZone);
  const today = days === 0;
  const out: AppointmentAction[] = [];
  switch (role) {
    case 'secretary':
      if (status === 'registered') out.push('confirm');
      if (status === 'confirmed' && today) out.push('arrive');
      if (status === 'registered' || status === 'confirmed' || status === 'waiting') out.push('cancel');
      if ((status === 'registered' || status === 'confirmed') && started) out.push('noShow');
      if (status === 'registered' || status === 'confirmed') out.push('reschedule');
      break;
    case 'doctor':
      if (!ownAsDoctor) break;
      if (status === 'waiting' && today) out.push('call');
      if (status === 'in_progress' && days <= 0) out.push('finish');
      break;
    case 'patient': {
      const minutesLeft = (start.getTime() - now.getTime()) / 60000;
      // Cancelling and rescheduling online need the same notice (the server answers 409).
      if ((status === 'registered' || status === 'confirmed') && minutesLeft > kPatientCancelCutoffMinutes) {
        out.push('cancel', 'reschedule');
      }
      break;
    }
    case 'admin':
      break;
  }
  return out;
}

/** Mantine color of each state (agenda blocks and badges). */
export const kStatusColor: Record<AppointmentStatus, string> = {
  registered: 'gray',
  confirmed: 'blue',
  waiting: 'yellow',
  in_progress: 'violet',
  finished: 'teal',
  cancelled: 'red',
  no_show: 'orange',
};

/** i18n key of a state's name ("Registrado", ...). */
export function statusLabelKey(status: AppointmentStatus): `appointments.status.${AppointmentStatus}` {
  return `appointments.status.${status}`;
}
