import { describe, expect, it } from 'vitest';
import { kVerificationKeys, verificationMessage } from '@/features/audit/utils/verification';
import { en } from '@/locales/en';
import { esAR } from '@/locales/es-ar';

function lookup(messages: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
}

describe('verificationMessage', () => {
  it('says how many rows were verified when the chain holds', () => {
    expect(verificationMessage({ ok: true, checked: 1520 })).toEqual({ key: 'audit.verification.ok', values: { count: 1520 } });
  });

  it.each([
    ['audit chain broken at row 41: its content does not match its hash (the row was altered)', 'audit.verification.altered'],
    [
      'audit chain broken at row 41: its link to the previous row does not match (a row before it was removed or altered)',
      'audit.verification.unlinked',
    ],
  ])('names the first bad row: %s', (message, key) => {
    expect(verificationMessage({ ok: false, checked: 40, first_bad_id: 41, message })).toEqual({ key, values: { id: 41 } });
  });

  it('shows a problem it does not know as the server wrote it', () => {
    expect(verificationMessage({ ok: false, checked: 3, first_bad_id: 4, message: 'something else' })).toEqual({
      key: 'audit.verification.broken',
      values: { id: 4, message: 'something else' },
    });
  });

  it.each(kVerificationKeys)('%s exists in both languages', (key) => {
    expect(typeof lookup(esAR, key)).toBe('string');
    expect(typeof lookup(en, key)).toBe('string');
  });
});
