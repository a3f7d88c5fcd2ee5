import { describe, expect, it } from 'vitest';
import { parseProblem, parseRetryAfter, retryAfterMinutes } from '@/lib/api-error';

describe('parseProblem', () => {
  it('reads a validation problem with field errors', () => {
    const body = JSON.stringify({
      type: 'https://healthpulse/problems/validation',
      title: 'Invalid fields',
      status: 422,
      detail: 'Some fields are invalid',
      errors: [
        { field: 'new_password', message: 'at least 10 characters' },
        { field: 'bogus' },
      ],
    });
    const error = parseProblem(422, body);
    expect(error.status).toBe(422);
    expect(error.title).toBe('Invalid fields');
    expect(error.detail).toBe('Some fields are invalid');
    expect(error.errors).toEqual([{ field: 'new_password', message: 'at least 10 characters' }]);
    expect(error.fieldMessage('new_password')).toBe('at least 10 characters');
    expect(error.fieldMessage('username')).toBeUndefined();
  });

  it('falls back to the HTTP status when the body is not JSON', () => {
    const error = parseProblem(502, '<html>Bad gateway</html>', null, 'Bad Gateway');
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.detail).toBe('');
    expect(error.errors).toEqual([]);
  });

  it('handles an empty body without a status text', () => {
    const error = parseProblem(500, '');
    expect(error.title).toBe('HTTP 500');
  });

  it('ignores errors that are not an array', () => {
    const error = parseProblem(422, JSON.stringify({ title: 'x', status: 422, errors: 'nope' }));
    expect(error.errors).toEqual([]);
  });

  it('keeps Retry-After seconds for 429', () => {
    const error = parseProblem(429, JSON.stringify({ title: 'Locked', status: 429 }), '900');
    expect(error.retryAfterSeconds).toBe(900);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T12:00:00Z');
  const cases: { header: string | null; want: number | null }[] = [
    { header: null, want: null },
    { header: '', want: null },
    { header: '120', want: 120 },
    { header: ' 60 ', want: 60 },
    { header: 'Wed, 01 Jan 2025 12:05:00 GMT', want: 300 },
    { header: 'Wed, 01 Jan 2025 11:00:00 GMT', want: 0 },
    { header: 'soon', want: null },
  ];
  it.each(cases)('$header → $want', ({ header, want }) => {
    expect(parseRetryAfter(header, now)).toBe(want);
  });
});

describe('retryAfterMinutes', () => {
  const cases: { seconds: number | null; want: number }[] = [
    { seconds: null, want: 1 },
    { seconds: 0, want: 1 },
    { seconds: 59, want: 1 },
    { seconds: 60, want: 1 },
    { seconds: 61, want: 2 },
    { seconds: 900, want: 15 },
  ];
  it.each(cases)('$seconds s → $want min', ({ seconds, want }) => {
    expect(retryAfterMinutes(seconds)).toBe(want);
  });
});
