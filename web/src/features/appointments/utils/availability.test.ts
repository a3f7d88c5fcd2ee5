import { describe, expect, it } from 'vitest';
import type { AvailableSlot } from '@/features/appointments/types';
import { availabilityWindow, groupSlotsByDay, slotKey, slotsFreeForPatient } from '@/features/appointments/utils/availability';

const kBA = 'America/Argentina/Buenos_Aires';

function slot(start: string, end: string, doctor_id = 1, clinic_id = 1): AvailableSlot {
  return { start, end, doctor_id, clinic_id, room_id: 9, practice_id: 4 };
}

describe('availabilityWindow', () => {
  it('spans whole days at the clinic zone', () => {
    expect(availabilityWindow('2026-11-30', kBA)).toEqual({ from: '2026-11-30T03:00:00.000Z', to: '2026-12-07T03:00:00.000Z' });
    expect(availabilityWindow('2026-11-30', 'UTC', 1)).toEqual({ from: '2026-11-30T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z' });
  });
});

describe('slotsFreeForPatient', () => {
  const slots = [
    slot('2026-11-30T12:00:00Z', '2026-11-30T12:30:00Z'),
    slot('2026-11-30T12:30:00Z', '2026-11-30T13:00:00Z'),
    slot('2026-11-30T13:00:00Z', '2026-11-30T13:30:00Z'),
  ];
  it.each([
    { name: 'no turnos: every slot', mine: [], want: ['12:00', '12:30', '13:00'] },
    {
      name: 'a live turno 12:15-12:45 hides the two it overlaps',
      mine: [{ start: '2026-11-30T12:15:00Z', end: '2026-11-30T12:45:00Z', status: 'confirmed' as const }],
      want: ['13:00'],
    },
    {
      name: 'touching ends do not overlap',
      mine: [{ start: '2026-11-30T13:30:00Z', end: '2026-11-30T14:00:00Z', status: 'registered' as const }],
      want: ['12:00', '12:30', '13:00'],
    },
    {
      name: 'a cancelled turno frees its time',
      mine: [{ start: '2026-11-30T12:00:00Z', end: '2026-11-30T13:30:00Z', status: 'cancelled' as const }],
      want: ['12:00', '12:30', '13:00'],
    },
  ])('$name', ({ mine, want }) => {
    expect(slotsFreeForPatient(slots, mine).map((s) => s.start.slice(11, 16))).toEqual(want);
  });
});

describe('groupSlotsByDay', () => {
  it('groups by the clinic-zone date, in order, the same time with several doctors kept apart', () => {
    const days = groupSlotsByDay(
      [
        slot('2026-12-01T12:00:00Z', '2026-12-01T12:30:00Z', 2),
        // 23:30 on 30 November in Buenos Aires, though 1 December in UTC.
        slot('2026-12-01T02:30:00Z', '2026-12-01T03:00:00Z'),
        slot('2026-12-01T12:00:00Z', '2026-12-01T12:30:00Z', 1),
        slot('2026-11-30T12:00:00Z', '2026-11-30T12:30:00Z'),
      ],
      () => kBA,
    );
    expect(days.map((d) => [d.date, d.slots.map((s) => `${s.start.slice(11, 16)}/${s.doctor_id}`)])).toEqual([
      ['2026-11-30', ['12:00/1', '02:30/1']],
      ['2026-12-01', ['12:00/1', '12:00/2']],
    ]);
  });

  it('reads each slot at its own clinic zone', () => {
    const days = groupSlotsByDay([slot('2026-12-01T02:30:00Z', '2026-12-01T03:00:00Z', 1, 2)], (id) => (id === 2 ? 'UTC' : kBA));
    expect(days.map((d) => d.date)).toEqual(['2026-12-01']);
  });
});

describe('slotKey', () => {
  it('tells apart the same time with two doctors', () => {
    expect(slotKey(slot('2026-12-01T12:00:00Z', '', 1))).not.toBe(slotKey(slot('2026-12-01T12:00:00Z', '', 2)));
  });
});
