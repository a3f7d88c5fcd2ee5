import { describe, expect, it } from 'vitest';
import { formatInstant } from '@/features/audit/utils/format';

describe('formatInstant', () => {
  it('uses a 24-hour clock in Spanish, so an evening time cannot pass for a morning one', () => {
    const evening = new Date(2026, 10, 27, 22, 25, 35);
    expect(formatInstant(evening, 'es-AR')).toMatch(/22:25:35/);
    expect(formatInstant(evening, 'en')).toMatch(/22:25:35/);
  });
});
