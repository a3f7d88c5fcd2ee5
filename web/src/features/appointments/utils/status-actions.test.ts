import { describe, expect, it } from 'vitest';
import type { AppointmentStatus } from '@/features/appointments/types';
import { allowedActions, isLive, kStatuses } from '@/features/appointments/utils/status-actions';
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
    { role: 'patient', status: 'registered', start: later, want: ['cancel'] },
    { role: 'patient', status: 'confirmed', start: later, want: ['cancel'] },
    { role: 'patient', status: 'confirmed', start: soon, want: [] },
    { role: 'patient', status: 'waiting', start: later, want: [] },
    { role: 'admin', status: 'registered', start: later, want: [] },
  ];
  it.each(cases)('$role, $status, start $start → $want', ({ role, status, start, own, want }) => {
    expect(allowedActions({ role, status, start, now, ownAsDoctor: own })).toEqual(want);
  });
});

describe('isLive', () => {
  it('frees the slot only for cancelled and no-show', () => {
    expect(kStatuses.filter((s) => !isLive(s))).toEqual(['cancelled', 'no_show']);
  });
});
