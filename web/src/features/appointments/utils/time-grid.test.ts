import { describe, expect, it } from 'vitest';
import {
  addDays,
  columnLayout,
  dayRange,
  formatMinutes,
  fromLocalInput,
  parseMinutes,
  placeOnDay,
  slotStarts,
  toLocalInput,
  weekDates,
  weekdayOf,
  withinHours,
  zonedParts,
  zonedToInstant,
} from '@/features/appointments/utils/time-grid';

const kBA = 'America/Argentina/Buenos_Aires';

describe('slotStarts', () => {
  it('covers 07:00-21:00 in 56 rows of 15 minutes', () => {
    const slots = slotStarts();
    expect(slots).toHaveLength(56);
    expect(formatMinutes(slots[0]!)).toBe('07:00');
    expect(formatMinutes(slots[1]!)).toBe('07:15');
    expect(formatMinutes(slots.at(-1)!)).toBe('20:45');
  });
});

describe('parseMinutes', () => {
  it.each([
    ['08:00', 480],
    ['8:30', 510],
    ['24:00', 1440],
    ['24:30', null],
    ['12:60', null],
    ['noon', null],
  ])('%s → %s', (text, minutes) => {
    expect(parseMinutes(text)).toBe(minutes);
  });
});

describe('zoned wall clock', () => {
  it('reads an instant at the clinic zone, whatever the browser zone', () => {
    expect(zonedParts(new Date('2026-11-30T12:00:00Z'), kBA)).toEqual({ date: '2026-11-30', minutes: 540, weekday: 1 });
    expect(zonedParts(new Date('2026-12-01T02:30:00Z'), kBA)).toEqual({ date: '2026-11-30', minutes: 23 * 60 + 30, weekday: 1 });
  });

  it('turns clinic wall time into the instant', () => {
    expect(zonedToInstant('2026-11-30', 540, kBA).toISOString()).toBe('2026-11-30T12:00:00.000Z');
    expect(zonedToInstant('2026-11-30', 0, 'UTC').toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('crosses a DST change (Madrid, 29 March 2026)', () => {
    expect(zonedToInstant('2026-03-28', 600, 'Europe/Madrid').toISOString()).toBe('2026-03-28T09:00:00.000Z');
    expect(zonedToInstant('2026-03-29', 600, 'Europe/Madrid').toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });

  it('round-trips datetime-local values', () => {
    const at = fromLocalInput('2026-11-30T09:15', kBA)!;
    expect(at.toISOString()).toBe('2026-11-30T12:15:00.000Z');
    expect(toLocalInput(at, kBA)).toBe('2026-11-30T09:15');
    expect(fromLocalInput('', kBA)).toBeNull();
  });

  it('gives a day range as instants', () => {
    const r = dayRange('2026-11-30', '2026-11-30', kBA);
    expect([r.from.toISOString(), r.to.toISOString()]).toEqual(['2026-11-30T03:00:00.000Z', '2026-12-01T03:00:00.000Z']);
  });
});

describe('dates', () => {
  it('knows weekdays and weeks (Monday first)', () => {
    expect(weekdayOf('2026-11-27')).toBe(5);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(addDays('2026-11-30', 2)).toBe('2026-12-02');
    expect(weekDates('2026-11-27')).toEqual([
      '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29',
    ]);
  });
});

describe('placeOnDay', () => {
  const cases = [
    { name: '09:00-09:15', start: '2026-11-30T12:00:00Z', end: '2026-11-30T12:15:00Z', want: { row: 8, span: 1 } },
    { name: '09:00-09:40 rounds up', start: '2026-11-30T12:00:00Z', end: '2026-11-30T12:40:00Z', want: { row: 8, span: 3 } },
    { name: '06:30-07:30 clipped at the top', start: '2026-11-30T09:30:00Z', end: '2026-11-30T10:30:00Z', want: { row: 0, span: 2 } },
    { name: '20:30-21:30 clipped at the bottom', start: '2026-11-30T23:30:00Z', end: '2026-12-01T00:30:00Z', want: { row: 54, span: 2 } },
    { name: 'another day', start: '2026-12-01T12:00:00Z', end: '2026-12-01T12:15:00Z', want: null },
    { name: 'before opening', start: '2026-11-30T09:00:00Z', end: '2026-11-30T10:00:00Z', want: null },
  ];
  it.each(cases)('$name', ({ start, end, want }) => {
    expect(placeOnDay(new Date(start), new Date(end), '2026-11-30', kBA)).toEqual(want);
  });
});

describe('columnLayout', () => {
  it('draws every live turno in one lane, whatever its length, and maps each covered row to it', () => {
    const { drawn, cover } = columnLayout([
      { id: 1, start: 0, end: 2, live: true },
      { id: 2, start: 2, end: 6, live: true },
    ]);
    expect(drawn.sort()).toEqual([1, 2]);
    expect([0, 1, 2, 5, 6].map((r) => cover.get(r))).toEqual([1, 1, 2, 2, undefined]);
  });
  it('hides a freed turno under the live one that replaced it, never splitting the lane', () => {
    const { drawn, cover } = columnLayout([
      { id: 5, start: 0, end: 2, live: false },
      { id: 6, start: 0, end: 2, live: true },
      { id: 7, start: 4, end: 5, live: false },
      { id: 8, start: 4, end: 5, live: false },
    ]);
    expect(drawn).toEqual([6, 8]);
    expect(cover.get(0)).toBe(6);
    expect(cover.get(4)).toBe(8);
  });
});

describe('withinHours', () => {
  const blocks = [{ clinic_id: 1, weekday: 1, from: '08:00', to: '16:00' }];
  it.each([
    { clinic: 1, weekday: 1, minutes: 480, want: true },
    { clinic: 1, weekday: 1, minutes: 945, want: true },
    { clinic: 1, weekday: 1, minutes: 960, want: false },
    { clinic: 1, weekday: 1, minutes: 465, want: false },
    { clinic: 2, weekday: 1, minutes: 480, want: false },
    { clinic: 1, weekday: 2, minutes: 480, want: false },
  ])('clinic $clinic weekday $weekday at $minutes → $want', ({ clinic, weekday, minutes, want }) => {
    expect(withinHours(blocks, clinic, weekday, minutes)).toBe(want);
  });
});
