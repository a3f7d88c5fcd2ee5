import { describe, expect, it } from 'vitest';
import { addDays, formatNumber, formatPercent, monthEnd, monthStart } from '@/features/reports/utils/format';

describe('report formatting', () => {
  it('writes numbers and percentages for es-AR, small cells as <5', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(null, true)).toBe('<5');
    expect(formatPercent(0.125)).toBe('12,5%');
  });
  it('moves over days and months', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(monthStart('2026-02-14')).toBe('2026-02-01');
    expect(monthEnd('2024-02-14')).toBe('2024-02-29');
  });
});
