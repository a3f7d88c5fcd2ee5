import { describe, expect, it } from 'vitest';
import { doctorsForPractice, overlaps, suggestRoom } from '@/features/appointments/utils/booking';

const at = (hhmm: string) => new Date(`2026-11-30T${hhmm}:00Z`);

describe('overlaps', () => {
  it.each([
    ['12:00', '12:15', '12:15', '12:30', false],
    ['12:00', '12:30', '12:15', '12:45', true],
    ['12:15', '12:30', '12:00', '13:00', true],
  ])('[%s, %s) and [%s, %s) → %s', (a, b, c, d, want) => {
    expect(overlaps(at(a), at(b), at(c), at(d))).toBe(want);
  });
});

describe('suggestRoom', () => {
  const rooms = [
    { id: 1, kind: 'other' },
    { id: 3, kind: 'consulting' },
    { id: 4, kind: 'consulting' },
  ];
  const taken = (room_id: number, status: 'registered' | 'cancelled' = 'registered') => ({
    room_id,
    status,
    start: '2026-11-30T12:00:00Z',
    end: '2026-11-30T12:30:00Z',
  });
  it('prefers a free consulting room', () => {
    expect(suggestRoom(rooms, [], at('12:00'), at('12:15'))).toBe(3);
    expect(suggestRoom(rooms, [taken(3)], at('12:00'), at('12:15'))).toBe(4);
    expect(suggestRoom(rooms, [taken(3, 'cancelled')], at('12:00'), at('12:15'))).toBe(3);
    expect(suggestRoom(rooms, [taken(3)], at('12:30'), at('12:45'))).toBe(3);
  });
  it('falls back to the first room when all are taken, and to null without rooms', () => {
    expect(suggestRoom(rooms, [taken(1), taken(3), taken(4)], at('12:00'), at('12:15'))).toBe(3);
    expect(suggestRoom([], [], at('12:00'), at('12:15'))).toBeNull();
  });
});

describe('doctorsForPractice', () => {
  const doctors = [
    { id: 1, specialty: 'Clínica médica' },
    { id: 2, specialty: 'Pediatría' },
  ];
  it('keeps the practice specialty, or everyone when nobody has it', () => {
    expect(doctorsForPractice(doctors, 'Pediatría').map((d) => d.id)).toEqual([2]);
    expect(doctorsForPractice(doctors, 'Cardiología').map((d) => d.id)).toEqual([1, 2]);
    expect(doctorsForPractice(doctors, null).map((d) => d.id)).toEqual([1, 2]);
  });
});
