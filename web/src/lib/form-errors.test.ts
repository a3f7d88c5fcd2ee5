import { describe, expect, it } from 'vitest';
import { ApiError, type FieldError } from '@/lib/api-error';
import { applyFieldErrors, blankToNull, routeApiError } from '@/lib/form-errors';

describe('applyFieldErrors', () => {
  it('sets known fields and returns the rest', () => {
    const error = new ApiError({
      status: 422,
      title: 'Invalid',
      errors: [
        { field: 'username', message: 'required', code: 'required' },
        { field: 'clinic_ids', message: 'unknown clinic', code: 'not_found' },
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
    expect(rest).toEqual([{ field: 'clinic_ids', message: 'unknown clinic', code: 'not_found' }]);
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

describe('routeApiError', () => {
  const translate = (_field: string, message: string) => `«${message}»`;
  const line = (error: ApiError, unmatched: readonly FieldError[]) =>
    unmatched.length > 0 ? unmatched.map((e) => `${e.field}/${e.code}`).join('; ') : `status ${error.status}`;

  it('puts a 409 beside its field with the given sentence', () => {
    const error = new ApiError({ status: 409, title: 'Conflict', errors: [{ field: 'code', message: 'already exists', code: 'taken' }] });
    expect(routeApiError(error, ['code', 'name'], translate, line, { code: 'Código repetido' })).toEqual({
      fields: [{ field: 'code', code: 'taken', message: 'Código repetido' }],
      general: null,
    });
  });

  it('translates 422 messages and keeps unknown fields for the general line', () => {
    const error = new ApiError({
      status: 422,
      title: 'Invalid',
      errors: [
        { field: 'name', message: 'required', code: 'required' },
        { field: 'other', message: 'bad', code: 'format' },
      ],
    });
    expect(routeApiError(error, ['name'], translate, line)).toEqual({
      fields: [{ field: 'name', code: 'required', message: '«required»' }],
      general: 'other/format',
    });
  });

  it('words the whole problem when no field is named', () => {
    const error = new ApiError({ status: 403, title: 'Forbidden', detail: 'not allowed' });
    expect(routeApiError(error, ['name'], translate, line)).toEqual({ fields: [], general: 'status 403' });
  });
});
