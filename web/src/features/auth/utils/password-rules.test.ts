import { describe, expect, it } from 'vitest';
import { validatePasswordChange, type PasswordChangeErrors } from '@/features/auth/utils/password-rules';

describe('validatePasswordChange', () => {
  const cases: {
    name: string;
    current: string;
    next: string;
    repeat: string;
    want: PasswordChangeErrors;
  }[] = [
    { name: 'valid', current: 'old', next: 'abcdefghij', repeat: 'abcdefghij', want: {} },
    { name: 'all empty', current: '', next: '', repeat: '', want: { current_password: 'common.required', new_password: 'common.required' } },
    { name: 'nine characters', current: 'old', next: 'abcdefghi', repeat: 'abcdefghi', want: { new_password: 'password.tooShort' } },
    { name: 'ten characters', current: 'old', next: '0123456789', repeat: '0123456789', want: {} },
    { name: 'mismatch', current: 'old', next: 'abcdefghij', repeat: 'abcdefghiJ', want: { repeat_password: 'password.mismatch' } },
    { name: 'short and mismatch', current: 'old', next: 'short', repeat: 'other', want: { new_password: 'password.tooShort', repeat_password: 'password.mismatch' } },
  ];
  it.each(cases)('$name', ({ current, next, repeat, want }) => {
    expect(
      validatePasswordChange({ current_password: current, new_password: next, repeat_password: repeat }),
    ).toEqual(want);
  });
});
