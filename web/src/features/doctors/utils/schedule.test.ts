import { describe, expect, it } from 'vitest';
import type { BlockRow } from '@/features/doctors/types';
import {
  blockErrorsByKey,
  newBlockRow,
  nextBlockTimes,
  parseOverlap,
  rowsToSchedule,
  scheduleToRows,
} from '@/features/doctors/utils/schedule';

const row = (key: string, weekday: number, from: string, to: string, clinic = '1'): BlockRow => ({
  key,
  weekday,
  clinic_id: clinic,
  from,
  to,
});

describe('rowsToSchedule', () => {
  it('sends blocks by weekday and remembers which row each index is', () => {
    const rows = [row('a', 3, '08:00', '12:00'), row('b', 1, '14:00', '18:00', '2'), row('c', 1, '08:00', '12:00')];
    const { body, keys } = rowsToSchedule(rows);
    expect(body.blocks).toEqual([
      { clinic_id: 2, weekday: 1, from: '14:00', to: '18:00' },
      { clinic_id: 1, weekday: 1, from: '08:00', to: '12:00' },
      { clinic_id: 1, weekday: 3, from: '08:00', to: '12:00' },
    ]);
    expect(keys).toEqual(['b', 'c', 'a']);
  });

  it('round-trips the API schedule', () => {
    const schedule = { blocks: [{ clinic_id: 4, weekday: 2, from: '09:00', to: '13:00' }] };
    expect(rowsToSchedule(scheduleToRows(schedule)).body).toEqual(schedule);
  });
});

describe('blockErrorsByKey', () => {
  const keys = ['b', 'c', 'a'];

  it('maps blocks[i].field beside that block and blocks[i] to the whole block', () => {
    const { byKey, rest } = blockErrorsByKey(
      [
        { field: 'blocks[2].clinic_id', message: 'not one of the doctor’s clinics' },
        { field: 'blocks[1]', message: 'overlaps blocks[0] (weekday 1 08:00-12:00)' },
        { field: 'blocks[0].to', message: 'must be after from' },
      ],
      keys,
    );
    expect(byKey).toEqual({
      a: { clinic_id: 'not one of the doctor’s clinics' },
      c: { block: 'overlaps blocks[0] (weekday 1 08:00-12:00)' },
      b: { to: 'must be after from' },
    });
    expect(rest).toEqual([]);
  });

  it('keeps errors for unknown indexes or other fields apart', () => {
    const { byKey, rest } = blockErrorsByKey(
      [
        { field: 'blocks[9].to', message: 'x' },
        { field: 'blocks', message: 'too many' },
      ],
      keys,
    );
    expect(byKey).toEqual({});
    expect(rest.map((e) => e.field)).toEqual(['blocks[9].to', 'blocks']);
  });

  it('joins two messages for the same slot', () => {
    const { byKey } = blockErrorsByKey(
      [
        { field: 'blocks[0]', message: 'overlaps blocks[1] (weekday 1 08:00-12:00)' },
        { field: 'blocks[0]', message: 'overlaps blocks[2] (weekday 1 10:00-11:00)' },
      ],
      keys,
    );
    expect(byKey.b?.block).toBe('overlaps blocks[1] (weekday 1 08:00-12:00); overlaps blocks[2] (weekday 1 10:00-11:00)');
  });
});

describe('parseOverlap', () => {
  it('reads the server message', () => {
    expect(parseOverlap('overlaps blocks[0] (weekday 1 08:00-12:00)')).toEqual({
      other: 0,
      weekday: 1,
      from: '08:00',
      to: '12:00',
    });
    expect(parseOverlap('must be after from')).toBeNull();
  });
});

describe('nextBlockTimes', () => {
  it('starts the day at 08:00 and follows the latest block', () => {
    expect(nextBlockTimes([], 1)).toEqual({ from: '08:00', to: '12:00' });
    expect(nextBlockTimes([row('a', 1, '08:00', '12:00'), row('b', 2, '08:00', '20:00')], 1)).toEqual({
      from: '12:00',
      to: '16:00',
    });
    expect(nextBlockTimes([row('a', 1, '14:00', '22:00')], 1)).toEqual({ from: '22:00', to: '23:59' });
  });

  it('makes rows with fresh keys', () => {
    const a = newBlockRow([], 5, '3');
    const b = newBlockRow([a], 5, '3');
    expect(a.key).not.toBe(b.key);
    expect(b).toMatchObject({ weekday: 5, clinic_id: '3', from: '12:00', to: '16:00' });
  });
});
