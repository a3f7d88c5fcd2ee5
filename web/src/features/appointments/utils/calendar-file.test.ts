import { describe, expect, it } from 'vitest';
import { turnoCalendarFile } from '@/features/appointments/utils/calendar-file';

const turno = {
  id: 42,
  start: '2026-12-01T17:00:00Z',
  end: '2026-12-01T17:20:00Z',
  timeZone: 'America/Argentina/Buenos_Aires',
  summary: 'Turno: Consulta clínica, Dra. Pérez',
  location: 'Clínica HealthPulse Palermo, Av. Santa Fe 3250; CABA',
  description: 'Consultorio 101',
};

describe('turnoCalendarFile', () => {
  const text = turnoCalendarFile(turno, new Date('2026-11-30T12:00:00Z'));
  const lines = text.split('\r\n');
  it('is one VEVENT at the clinic wall clock with its zone', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;TZID=America/Argentina/Buenos_Aires:20261201T140000');
    expect(lines).toContain('DTEND;TZID=America/Argentina/Buenos_Aires:20261201T142000');
    expect(lines).toContain('TZID:America/Argentina/Buenos_Aires');
    expect(lines).toContain('TZOFFSETTO:-0300');
    expect(lines).toContain('UID:turno-42@healthpulse');
    expect(lines).toContain('DTSTAMP:20261130T120000Z');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
  it('escapes commas and semicolons and folds long lines at 75 octets', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('LOCATION:Clínica HealthPulse Palermo\\, Av. Santa Fe 3250\\; CABA');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
