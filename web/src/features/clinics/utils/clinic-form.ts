import type { ClinicFormValues, DayHoursValues, FloorFormValues } from '@/features/clinics/types';
import type { Clinic, ClinicCreate, ClinicUpdate, FloorCreate, OpeningHours, RoomKind } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';
import { kWeekdays } from '@/lib/weekdays';

export const kDefaultTimezone = 'America/Argentina/Buenos_Aires';
export const kRoomKinds: readonly RoomKind[] = ['consulting', 'procedure', 'other'];
const kDefaultOpens = '08:00';
const kDefaultCloses = '20:00';

/** Seven editor rows (Monday first) from the API's opening hours; missing days are closed. */
export function hoursToForm(hours: readonly OpeningHours[]): DayHoursValues[] {
  return kWeekdays.map((weekday) => {
    const day = hours.find((h) => h.weekday === weekday);
    return day
      ? { weekday, open: true, opens: day.opens, closes: day.closes }
      : { weekday, open: false, opens: kDefaultOpens, closes: kDefaultCloses };
  });
}

/** The open days only, as the API wants them. */
export function formToHours(rows: readonly DayHoursValues[]): OpeningHours[] {
  return rows.filter((r) => r.open).map((r) => ({ weekday: r.weekday, opens: r.opens, closes: r.closes }));
}

/** Index of the editor row for an API error field "opening_hours[i]..." (i counts open days only). */
export function hoursRowOfError(rows: readonly DayHoursValues[], field: string): number | null {
  const match = /^opening_hours\[(\d+)\]/.exec(field);
  if (!match) return null;
  const openRows = rows.map((r, i) => (r.open ? i : -1)).filter((i) => i >= 0);
  return openRows[Number(match[1])] ?? null;
}

export function emptyClinicForm(): ClinicFormValues {
  return { name: '', address: '', phone: '', timezone: kDefaultTimezone, hours: hoursToForm([]) };
}

export function clinicToForm(clinic: Clinic): ClinicFormValues {
  return {
    name: clinic.name,
    address: clinic.address,
    phone: clinic.phone ?? '',
    timezone: clinic.timezone,
    hours: hoursToForm(clinic.opening_hours),
  };
}

export function toClinicCreate(values: ClinicFormValues): ClinicCreate {
  return {
    name: values.name.trim(),
    address: values.address.trim(),
    phone: blankToNull(values.phone),
    timezone: values.timezone,
    opening_hours: formToHours(values.hours),
  };
}

export function toClinicUpdate(values: ClinicFormValues): ClinicUpdate {
  return toClinicCreate(values);
}

export function toFloorCreate(values: FloorFormValues): FloorCreate {
  return { number: Number(values.number.trim()), name: values.name.trim() };
}

/** IANA zones the browser knows, with the default and `current` always present. */
export function timezoneChoices(current?: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [kDefaultTimezone, 'UTC'];
  const all = new Set(known);
  all.add(kDefaultTimezone);
  if (current) all.add(current);
  return [...all].sort();
}
