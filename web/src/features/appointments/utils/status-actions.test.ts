import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from '@/features/appointments/types';
import { allowedActions, daysFromToday, isLive, kStatuses } from '@/features/appointments/utils/status-actions';
import type { Role } from '@/lib/api-models';

const now = new Date('2026-11-30T12:00:00Z');
const later = new Date('2026-11-30T15:00:00Z'); // 3 h ahead
const soon = new Date('2026-11-30T13:00:00Z'); // 1 h ahead
const past = new Date('2026-11-30T11:00:00Z');

describe('allowedActions', () => {
  const cases: { role: Role; status: AppointmentStatus; start: Date; own?: boolean; want: string[] }[] = [
    { role: 'secretary', status: 'registered', start: later, want: ['confirm', 'cancel', 'reschedule'] },
    { role: 'secretary', status: 'registered', start: past, want: ['confirm', 'cancel', 'noShow', 'reschedule'] },
    { role: 'secretary', status: 'confirmed', start: later, want: ['arrive', 'cancel', 'reschedule'] },
    { role: 'secretary', status: 'confirmed', start: past, want: ['arrive', 'cancel', 'noShow', 'reschedule'] },
    { role: 'secretary', status: 'waiting', start: past, want: ['cancel'] },
    { role: 'secretary', status: 'in_progress', start: past, want: [] },
    { role: 'secretary', status: 'finished', start: past, want: [] },
    { role: 'secretary', status: 'cancelled', start: later, want: [] },
    { role: 'doctor', status: 'waiting', start: past, own: true, want: ['call'] },
    { role: 'doctor', status: 'in_progress', start: past, own: true, want: ['finish'] },
    { role: 'doctor', status: 'confirmed', start: past, own: true, want: [] },
    { role: 'doctor', status: 'waiting', start: past, own: false, want: [] },
    { role: 'patient', status: 'registered', start: later, want: ['cancel', 'reschedule'] },
    { role: 'patient', status: 'confirmed', start: later, want: ['cancel', 'reschedule'] },
    { role: 'patient', status: 'confirmed', start: soon, want: [] },
    { role: 'patient', status: 'waiting', start: later, want: [] },
    { role: 'admin', status: 'registered', start: later, want: [] },
  ];
  it.each(cases)('$role, $status, start $start → $want', ({ role, status, start, own, want }) => {
    expect(allowedActions({ role, status, start, now, ownAsDoctor: own })).toEqual(want);
  });
});

describe('the clock (DESIGN.md §4)', () => {
  // 2026-11-30 12:00 UTC is 09:00 in Buenos Aires.
  const tomorrow = new Date('2026-12-01T14:00:00Z');
  const yesterday = new Date('2026-11-29T14:00:00Z');
  const ba = 'America/Argentina/Buenos_Aires';
  it('offers arrival only on the turno\'s day at the clinic', () => {
    expect(allowedActions({ role: 'secretary', status: 'confirmed', start: tomorrow, now, timeZone: ba })).toEqual(['cancel', 'reschedule']);
    expect(allowedActions({ role: 'secretary', status: 'confirmed', start: later, now, timeZone: ba })).toContain('arrive');
  });
  it('offers calling in only that day, finishing that day or later', () => {
    const doctor = (status: AppointmentStatus, start: Date) =>
      allowedActions({ role: 'doctor', status, start, now, ownAsDoctor: true, timeZone: ba });
    expect(doctor('waiting', tomorrow)).toEqual([]);
    expect(doctor('waiting', yesterday)).toEqual([]);
    expect(doctor('in_progress', yesterday)).toEqual(['finish']);
    expect(doctor('waiting', later)).toEqual(['call']);
  });
  it('counts days in the clinic\'s zone, not the browser\'s', () => {
    // 02:30 UTC on Dec 1st is still Nov 30th in Buenos Aires, already Dec 1st in Madrid.
    const at = new Date('2026-12-01T02:30:00Z');
    const start = new Date('2026-11-30T23:30:00Z');
    expect(daysFromToday(start, at, ba)).toBe(0);
    expect(daysFromToday(start, at, 'Europe/Madrid')).toBe(0);
    expect(daysFromToday(start, at, 'UTC')).toBe(-1);
    expect(daysFromToday(new Date('2026-12-01T14:00:00Z'), at, ba)).toBe(1);
  });
});

describe('isLive', () => {
  it('frees the slot only for cancelled and no-show', () => {
    expect(kStatuses.filter((s) => !isLive(s))).toEqual(['cancelled', 'no_show']);
  });
});
