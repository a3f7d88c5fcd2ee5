import { api } from '@/lib/api-client';

/** The turno's iCalendar file (RFC 5545), made by the server: GET /appointments/{id}/calendar.ics. */
export function getCalendarFile(id: number): Promise<string> {
  return api.getText(`/api/v1/appointments/${id}/calendar.ics`, 'text/calendar');
}

/** Downloads the turno's calendar file as "turno-<id>.ics" (the calendar app opens it). */
export async function downloadCalendarFile(id: number): Promise<void> {
  const text = await getCalendarFile(id);
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `turno-${id}.ics`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
