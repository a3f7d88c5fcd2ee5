import { describe, expect, it } from 'vitest';
import { applyReschedule, grabbedRowMinutes, rescheduleForDrop } from '@/features/appointments/utils/drag-reschedule';

const kBA = 'America/Argentina/Buenos_Aires';

describe('grabbedRowMinutes', () => {
  // Rows of 24 px from 07:00; a 09:00-09:45 block covers rows 8, 9 and 10.
  it.each([
    { offsetPx: 0, want: '09:00' },
    { offsetPx: 23, want: '09:00' },
    { offsetPx: 24, want: '09:15' },
    { offsetPx: 70, want: '09:30' },
    { offsetPx: 500, want: '09:30' },
    { offsetPx: -5, want: '09:00' },
  ])('grabbed $offsetPx px below the top → the $want row', ({ offsetPx, want }) => {
    const minutes = grabbedRowMinutes(8, 3, offsetPx, 24);
    expect(`${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`).toBe(want);
  });
});

describe('rescheduleForDrop', () => {
  // 09:00-09:30 on Monday 30 November 2026 (Buenos Aires, UTC-3), doctor 5, room 7.
  const turno = { start: '2026-11-30T12:00:00Z', end: '2026-11-30T12:30:00Z', doctor_id: 5, room_id: 7 };
  const day = '2026-11-30';
  const doctorColumn = (doctorId: number) => ({ doctorId, roomId: null });
  const roomColumn = (roomId: number) => ({ doctorId: null, roomId });

  const cases = [
    {
      name: 'later the same day, same doctor: start and end move together',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: day, minutes: 11 * 60 + 15, ...doctorColumn(5) },
      want: { start: '2026-11-30T14:15:00.000Z', end: '2026-11-30T14:45:00.000Z' },
    },
    {
      name: 'grabbed on its second row: the start keeps the grab offset',
      grab: { date: day, minutes: 9 * 60 + 15 },
      drop: { date: day, minutes: 10 * 60 + 15, ...doctorColumn(5) },
      want: { start: '2026-11-30T13:00:00.000Z', end: '2026-11-30T13:30:00.000Z' },
    },
    {
      name: 'another doctor column at the same time: only the doctor',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: day, minutes: 9 * 60, ...doctorColumn(6) },
      want: { doctor_id: 6 },
    },
    {
      name: 'another doctor and another time',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: day, minutes: 8 * 60, ...doctorColumn(6) },
      want: { start: '2026-11-30T11:00:00.000Z', end: '2026-11-30T11:30:00.000Z', doctor_id: 6 },
    },
    {
      name: 'another room column (by-room view): only the room',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: day, minutes: 9 * 60, ...roomColumn(8) },
      want: { room_id: 8 },
    },
    {
      name: 'another day of the week view, same doctor',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: '2026-12-02', minutes: 9 * 60 + 30, ...doctorColumn(5) },
      want: { start: '2026-12-02T12:30:00.000Z', end: '2026-12-02T13:00:00.000Z' },
    },
    {
      name: 'dropped where it was',
      grab: { date: day, minutes: 9 * 60 + 15 },
      drop: { date: day, minutes: 9 * 60 + 15, ...doctorColumn(5) },
      want: null,
    },
    {
      name: 'its own room column, where it was',
      grab: { date: day, minutes: 9 * 60 },
      drop: { date: day, minutes: 9 * 60, ...roomColumn(7) },
      want: null,
    },
  ];
  it.each(cases)('$name', ({ grab, drop, want }) => {
    expect(rescheduleForDrop(turno, grab, drop, kBA)).toEqual(want);
  });

  it('keeps a start off the 15-minute rows off them (09:10 moved one hour → 10:10)', () => {
    const odd = { ...turno, start: '2026-11-30T12:10:00Z', end: '2026-11-30T12:30:00Z' };
    expect(rescheduleForDrop(odd, { date: day, minutes: 9 * 60 }, { date: day, minutes: 10 * 60, ...doctorColumn(5) }, kBA)).toEqual({
      start: '2026-11-30T13:10:00.000Z',
      end: '2026-11-30T13:30:00.000Z',
    });
  });

  it('keeps the length in real time across a DST change (Madrid, 29 March 2026)', () => {
    const madrid = { start: '2026-03-28T09:00:00Z', end: '2026-03-28T09:45:00Z', doctor_id: 5, room_id: 7 };
    // 10:00 on Saturday (UTC+1) to 10:00 on Sunday (UTC+2).
    expect(
      rescheduleForDrop(madrid, { date: '2026-03-28', minutes: 600 }, { date: '2026-03-29', minutes: 600, ...doctorColumn(5) }, 'Europe/Madrid'),
    ).toEqual({ start: '2026-03-29T08:00:00.000Z', end: '2026-03-29T08:45:00.000Z' });
  });
});

describe('applyReschedule', () => {
  it('shows the turno where it was dropped, the rest unchanged', () => {
    const turno = { id: 3, start: '2026-11-30T12:00:00Z', end: '2026-11-30T12:30:00Z', doctor_id: 5, room_id: 7, status: 'confirmed' };
    expect(applyReschedule(turno, { room_id: 8 })).toEqual({ ...turno, room_id: 8 });
    expect(applyReschedule(turno, { start: '2026-11-30T13:00:00.000Z', end: '2026-11-30T13:30:00.000Z' })).toMatchObject({
      id: 3,
      start: '2026-11-30T13:00:00.000Z',
      doctor_id: 5,
    });
  });
});
