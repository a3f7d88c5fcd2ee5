// Which buttons an appointment shows, by the caller's role and the turno's state
// (DESIGN.md §4-§5). The server decides; this only avoids offering refused moves.
import type { AppointmentAction, AppointmentStatus } from '@/features/appointments/types';
import type { Role } from '@/lib/api-models';

/** Patients may not cancel online within this many minutes of the start (the server answers 409). */
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
}

export function allowedActions({ role, status, start, now, ownAsDoctor = false }: ActionContext): AppointmentAction[] {
  const started = now.getTime() >= start.getTime();
  const out: AppointmentAction[] = [];
  switch (role) {
    case 'secretary':
      if (status === 'registered') out.push('confirm');
      if (status === 'confirmed') out.push('arrive');
      if (status === 'registered' || status === 'confirmed' || status === 'waiting') out.push('cancel');
      if ((status === 'registered' || status === 'confirmed') && started) out.push('noShow');
      if (status === 'registered' || status === 'confirmed') out.push('reschedule');
      break;
    case 'doctor':
      if (!ownAsDoctor) break;
      if (status === 'waiting') out.push('call');
      if (status === 'in_progress') out.push('finish');
      break;
    case 'patient': {
      const minutesLeft = (start.getTime() - now.getTime()) / 60000;
      if ((status === 'registered' || status === 'confirmed') && minutesLeft > kPatientCancelCutoffMinutes) {
        out.push('cancel');
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
