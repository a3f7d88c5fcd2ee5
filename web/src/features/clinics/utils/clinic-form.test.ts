import { describe, expect, it } from 'vitest';
import {
  emptyClinicForm,
  formToHours,
  hoursRowOfError,
  hoursToForm,
  timezoneChoices,
  toClinicCreate,
  toFloorCreate,
} from '@/features/clinics/utils/clinic-form';

describe('opening hours', () => {
  it('makes seven rows, closed where the API has no hours', () => {
    const rows = hoursToForm([{ weekday: 2, opens: '09:00', closes: '18:00' }]);
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ weekday: 1, open: false });
    expect(rows[1]).toEqual({ weekday: 2, open: true, opens: '09:00', closes: '18:00' });
  });

  it('sends open days only, round-tripping', () => {
    const hours = [
      { weekday: 1, opens: '08:00', closes: '20:00' },
      { weekday: 6, opens: '08:00', closes: '13:00' },
    ];
    expect(formToHours(hoursToForm(hours))).toEqual(hours);
  });

  it('maps opening_hours[i] errors to the i-th open day', () => {
    const rows = hoursToForm([
      { weekday: 3, opens: '08:00', closes: '20:00' },
      { weekday: 5, opens: '20:00', closes: '08:00' },
    ]);
    expect(hoursRowOfError(rows, 'opening_hours[1].closes')).toBe(4);
    expect(hoursRowOfError(rows, 'opening_hours[0]')).toBe(2);
    expect(hoursRowOfError(rows, 'opening_hours[5]')).toBeNull();
    expect(hoursRowOfError(rows, 'name')).toBeNull();
  });
});

describe('toClinicCreate', () => {
  it('trims and defaults the time zone', () => {
    const values = { ...emptyClinicForm(), name: ' Centro ', address: ' Av. Siempreviva 742 ', phone: ' ' };
    expect(toClinicCreate(values)).toEqual({
      name: 'Centro',
      address: 'Av. Siempreviva 742',
      phone: null,
      timezone: 'America/Argentina/Buenos_Aires',
      opening_hours: [],
    });
  });
});

describe('toFloorCreate', () => {
  it('parses the number', () => {
    expect(toFloorCreate({ number: ' 2 ', name: ' Segundo ' })).toEqual({ number: 2, name: 'Segundo' });
  });
});

describe('timezoneChoices', () => {
  it('always offers the default and the current zone', () => {
    const zones = timezoneChoices('Etc/Unknown');
    expect(zones).toContain('America/Argentina/Buenos_Aires');
    expect(zones).toContain('Etc/Unknown');
  });
});
