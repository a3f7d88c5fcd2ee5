import { describe, expect, it } from 'vitest';
import { formatIcd10Code, icd10Label, looksLikeIcd10Code } from '@/features/records/utils/icd10';

describe('formatIcd10Code', () => {
  it.each([
    ['E11.9', 'E11.9'],
    ['e119', 'E11.9'],
    [' e11.9 ', 'E11.9'],
    ['E11', 'E11'],
    ['j45', 'J45'],
    ['S72.00', 'S72.00'],
    ['s7200', 'S72.00'],
    ['e10-e14', 'E10-E14'],
  ])('%s → %s', (input, shown) => {
    expect(formatIcd10Code(input)).toBe(shown);
  });
});

describe('looksLikeIcd10Code', () => {
  it.each([
    ['E11', true],
    ['e119', true],
    ['E11.9', true],
    ['S72.00', true],
    ['diabetes', false],
    ['E1', false],
    ['E11 tipo 2', false],
    ['', false],
  ])('%s → %s', (input, expected) => {
    expect(looksLikeIcd10Code(input)).toBe(expected);
  });
});

describe('icd10Label', () => {
  it('shows the dotted code before the title', () => {
    expect(icd10Label({ code: 'E119', description: 'Diabetes mellitus no insulinodependiente' })).toBe(
      'E11.9 · Diabetes mellitus no insulinodependiente',
    );
  });
});
