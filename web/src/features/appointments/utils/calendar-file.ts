import { zoneOffsetMinutes } from '@/features/appointments/utils/time-grid';

/** What a calendar entry for one turno says. */
export interface CalendarTurno {
  id: number;
  start: string; // RFC 3339
  end: string;
  timeZone: string; // IANA, the clinic's
  summary: string;
  location: string;
  description: string;
}

// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, newlines written \n.
function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

// §3.1: lines longer than 75 octets are folded with CRLF and one space.
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length;
    if (size + n > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// "20261201T140000" on the wall clock at `offsetMinutes` from UTC.
function localStamp(instant: Date, offsetMinutes: number): string {
  const d = new Date(instant.getTime() + offsetMinutes * 60000);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
}

function utcStamp(instant: Date): string {
  return `${localStamp(instant, 0)}Z`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/**
 * The turno as an iCalendar file (RFC 5545): one VEVENT whose start and end are wall-clock
 * times at the clinic's zone (TZID), with a VTIMEZONE giving that zone's offset then, so
 * any calendar shows the hour the clinic expects. Lines end in CRLF.
 */
export function turnoCalendarFile(turno: CalendarTurno, now: Date = new Date()): string {
  const start = new Date(turno.start);
  const end = new Date(turno.end);
  const offset = zoneOffsetMinutes(start, turno.timeZone);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//HealthPulse//Turnos//ES',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE',
    `TZID:${turno.timeZone}`,
    'BEGIN:STANDARD',
    `DTSTART:${localStamp(start, offset).slice(0, 8)}T000000`,
    `TZOFFSETFROM:${offsetText(offset)}`,
    `TZOFFSETTO:${offsetText(offset)}`,
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    `UID:turno-${turno.id}@healthpulse`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;TZID=${turno.timeZone}:${localStamp(start, offset)}`,
    `DTEND;TZID=${turno.timeZone}:${localStamp(end, zoneOffsetMinutes(end, turno.timeZone))}`,
    `SUMMARY:${escapeText(turno.summary)}`,
    `LOCATION:${escapeText(turno.location)}`,
    `DESCRIPTION:${escapeText(turno.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
