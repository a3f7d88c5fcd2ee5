import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type Appointment = Schemas['Appointment'];
export type AppointmentStatus = Schemas['AppointmentStatus'];
export type AppointmentCreate = Schemas['AppointmentCreate'];
export type AppointmentReschedule = Schemas['AppointmentReschedule'];
export type AppointmentStatusChange = Schemas['AppointmentStatusChange'];
export type AppointmentEvent = Schemas['AppointmentEvent'];

/** One patient on the waiting-room board: first name and initial only ("Lucía T."). */
export type BoardLine = Schemas['BoardLine'];
/** Today's waiting room at a clinic, longest wait first. */
export type WaitingRoomBoard = Schemas['WaitingRoomBoard'];
/** A free slot: a doctor's hours minus live turnos, with a consulting room free for all of it. */
export type AvailableSlot = Schemas['AvailableSlot'];

export interface AppointmentFilters {
  clinic_id?: number;
  doctor_id?: number;
  patient_id?: number;
  room_id?: number;
  status?: AppointmentStatus;
  /** RFC 3339 instants. */
  from?: string;
  to?: string;
}

/** What the agenda's columns are: one per doctor or one per room (day view), or days (week view). */
export type AgendaMode = 'doctor' | 'room';
export type AgendaSpan = 'day' | 'week';

/** A button on an appointment, each mapped to one request (status change, or the reschedule form). */
export type AppointmentAction = 'confirm' | 'arrive' | 'call' | 'finish' | 'cancel' | 'noShow' | 'reschedule';

/** A column of the agenda grid. */
export interface GridColumn {
  /** Unique within the grid: `<resourceId>` in the day view, `<resourceId>-<YYYY-MM-DD>` in the week view. */
  key: string;
  label: string;
  sublabel?: string;
  /** Wall-clock date (clinic time zone) the column shows. */
  date: string;
  /** The doctor whose slots book (null: room columns, which do not book). */
  doctorId: number | null;
  roomId: number | null;
}
