import { describe, expect, it } from 'vitest';
import {
  formatDayMonthYear,
  linkFormValues,
  parseDayMonthYear,
  toPatientLink,
} from '@/features/patients/utils/patient-link';

describe('parseDayMonthYear', () => {
  it.each([
    ['17/05/1980', '1980-05-17'],
    [' 7/5/1980 ', '1980-05-07'],
    ['17-05-1980', '1980-05-17'],
    ['17.05.1980', '1980-05-17'],
    ['17051980', '1980-05-17'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1999', '1999-12-31'],
  ])('reads %j as %s (day first, never month first)', (text, iso) => {
    expect(parseDayMonthYear(text)).toBe(iso);
  });

  it.each(['', '1980-05-17', '17/05/80', '31/02/1980', '29/02/1900', '00/05/1980', '17/13/1980', '17/00/1980', '17/05/0019', 'ayer', '17/05/1980x'])(
    'refuses %j',
    (text) => {
      expect(parseDayMonthYear(text)).toBeNull();
    },
  );
});

describe('formatDayMonthYear', () => {
  it('shows an API date day first and back again', () => {
    expect(formatDayMonthYear('1980-05-07')).toBe('07/05/1980');
    expect(parseDayMonthYear(formatDayMonthYear('1980-05-07'))).toBe('1980-05-07');
  });

  it('leaves what is not an API date empty', () => {
    expect(formatDayMonthYear('')).toBe('');
    expect(formatDayMonthYear('07/05/1980')).toBe('');
  });
});

describe('toPatientLink', () => {
  it('sends the document as typed, the date as YYYY-MM-DD and the clinic only when chosen', () => {
    const values = linkFormValues({ document_type: 'LC', document_number: ' 30.123.456 ' });
    expect(values).toEqual({ document_type: 'LC', document_number: '30.123.456', birth_date: '', clinic_id: '' });
    expect(toPatientLink({ ...values, birth_date: '02/01/1975' })).toEqual({
      document_type: 'LC',
      document_number: '30.123.456',
      birth_date: '1975-01-02',
    });
    expect(toPatientLink({ ...values, birth_date: '02/01/1975', clinic_id: '4' }).clinic_id).toBe(4);
  });

  it('pre-fills the birth date typed in "Nuevo paciente" day first, and DNI by default', () => {
    expect(linkFormValues({ document_number: '30123456', birth_date: '1975-01-02' }, '3')).toEqual({
      document_type: 'DNI',
      document_number: '30123456',
      birth_date: '02/01/1975',
      clinic_id: '3',
    });
  });
});
