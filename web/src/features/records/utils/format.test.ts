import { describe, expect, it } from 'vitest';
import { ageOn, formatClock, formatDay, formatDayMonth, isOngoing, sameDay } from '@/features/records/utils/format';

describe('formatClock', () => {
  it('shows hours and minutes on a 24-hour clock at the zone', () => {
    expect(formatClock('2025-03-01T17:05:00Z', 'es-AR', 'America/Argentina/Buenos_Aires')).toBe('14:05');
    expect(formatClock('2025-03-01T03:00:00Z', 'en-US', 'UTC')).toBe('03:00');
  });
});

describe('formatDay', () => {
  it('names the calendar day, not an instant', () => {
    expect(formatDay('2025-03-01', 'en-US')).toBe('Mar 1, 2025');
  });
});

describe('ageOn', () => {
  it.each([
    ['1980-05-10', '2025-05-09', 44],
    ['1980-05-10', '2025-05-10', 45],
    ['1980-05-10', '2025-12-01', 45],
    ['2000-02-29', '2025-02-28', 24],
  ])('born %s, on %s: %i', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });

  it('is unknown without a birth date', () => {
    expect(ageOn(null, '2025-01-01')).toBeNull();
  });
});

describe('isOngoing', () => {
  it('goes on until its end date has passed', () => {
    expect(isOngoing(null, '2025-03-01')).toBe(true);
    expect(isOngoing('2025-03-01', '2025-03-01')).toBe(true);
    expect(isOngoing('2025-02-28', '2025-03-01')).toBe(false);
  });
});

describe('sameDay', () => {
  it('compares calendar days at the zone, not 24-hour spans', () => {
    const zone = 'America/Argentina/Buenos_Aires';
    expect(sameDay(new Date('2025-03-01T03:00:00Z'), new Date('2025-03-02T02:59:00Z'), zone)).toBe(true);
    expect(sameDay(new Date('2025-03-01T02:59:00Z'), new Date('2025-03-01T03:00:00Z'), zone)).toBe(false);
  });
});

describe('formatDayMonth', () => {
  it('names the day and month', () => {
    expect(formatDayMonth('2025-03-01T15:00:00Z', 'en-US', 'UTC')).toBe('Mar 1');
  });
});
