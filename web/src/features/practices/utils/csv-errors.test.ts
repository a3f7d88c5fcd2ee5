import { describe, expect, it } from 'vitest';
import { csvRowErrors, looksLikeCsvFile } from '@/features/practices/utils/csv-errors';

describe('csvRowErrors', () => {
  it('splits rows[N].column and sorts by row', () => {
    expect(
      csvRowErrors([
        { field: 'rows[7].code', message: 'required' },
        { field: 'rows[3].duration', message: 'must be a whole number of minutes from 5 to 480' },
        { field: 'rows[3].name', message: 'required' },
        { field: 'rows[5]', message: 'expected 4 columns' },
      ]),
    ).toEqual([
      { row: 3, column: 'duration', message: 'must be a whole number of minutes from 5 to 480' },
      { row: 3, column: 'name', message: 'required' },
      { row: 5, column: null, message: 'expected 4 columns' },
      { row: 7, column: 'code', message: 'required' },
    ]);
  });

  it('keeps errors that name no row first', () => {
    expect(
      csvRowErrors([
        { field: 'rows[2].code', message: 'duplicated in the file' },
        { field: 'body', message: 'empty file' },
      ]),
    ).toEqual([
      { row: null, column: 'body', message: 'empty file' },
      { row: 2, column: 'code', message: 'duplicated in the file' },
    ]);
  });
});

describe('looksLikeCsvFile', () => {
  it('accepts csv and text files', () => {
    expect(looksLikeCsvFile('n.csv', 'text/csv')).toBe(true);
    expect(looksLikeCsvFile('n.CSV', 'application/octet-stream')).toBe(true);
    expect(looksLikeCsvFile('n.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(false);
  });
});
