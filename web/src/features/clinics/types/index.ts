import type { RoomKind } from '@/lib/api-models';

/** One weekday row of the opening-hours editor. */
export interface DayHoursValues {
  weekday: number;
  open: boolean;
  opens: string;
  closes: string;
}

export interface ClinicFormValues {
  name: string;
  address: string;
  phone: string;
  timezone: string;
  hours: DayHoursValues[];
}

export interface FloorFormValues {
  number: string;
  name: string;
}

export interface RoomFormValues {
  code: string;
  name: string;
  kind: RoomKind;
  floor_id: string;
  active: boolean;
}

export interface ClinicListFilters {
  active?: boolean;
}
