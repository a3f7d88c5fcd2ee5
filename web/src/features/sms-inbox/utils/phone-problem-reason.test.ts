import { describe, expect, it } from 'vitest';
import { phoneProblemReasonKey } from '@/features/sms-inbox/utils/phone-problem-reason';
import { esAR } from '@/locales/es-ar';

const lookup = (key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], esAR);

describe('phoneProblemReasonKey', () => {
  it('explains each permanent Twilio error in Spanish words', () => {
    for (const code of [21211, 21614, 30005, 30006, 21610]) {
      const text = lookup(phoneProblemReasonKey(code));
      expect(typeof text, String(code)).toBe('string');
    }
    expect(lookup(phoneProblemReasonKey(21610))).toMatch(/BAJA|baja|STOP/);
  });

  it('falls back to a generic explanation', () => {
    expect(phoneProblemReasonKey(12345)).toBe('smsInbox.phoneProblems.reasons.other');
  });
});
