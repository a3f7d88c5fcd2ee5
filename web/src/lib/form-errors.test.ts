import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-error';
import { applyFieldErrors, blankToNull } from '@/lib/form-errors';

describe('applyFieldErrors', () => {
  it('sets known fields and returns the rest', () => {
    const error = new ApiError({
      status: 422,
      title: 'Invalid',
      errors: [
        { field: 'username', message: 'required' },
        { field: 'clinic_ids', message: 'unknown clinic' },
      ],
    });
    const set: Record<string, string> = {};
    const rest = applyFieldErrors(
      error,
      ['username', 'password'],
      (f, m) => {
        set[f] = m;
      },
      (f, m) => `${f}:${m}`,
    );
    expect(set).toEqual({ username: 'username:required' });
    expect(rest).toEqual([{ field: 'clinic_ids', message: 'unknown clinic' }]);
  });
});

describe('blankToNull', () => {
  it.each([
    { input: '', want: null },
    { input: '   ', want: null },
    { input: ' a@b.c ', want: 'a@b.c' },
  ])('$input → $want', ({ input, want }) => {
    expect(blankToNull(input)).toBe(want);
  });
});
