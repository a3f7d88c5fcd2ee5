import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatPhone, formatTime, parseDate, parseTime, timeZoneCity, timeZoneLabel } from '@/lib/format';

describe('formatDate / formatTime', () => {
  it.each([
    ['2026-12-01', undefined, '01/12/2026'],
    ['2026-12-01T02:30:00Z', 'America/Argentina/Buenos_Aires', '30/11/2026'],
    ['2026-12-01T02:30:00Z', 'UTC', '01/12/2026'],
    ['', undefined, ''],
    ['no es fecha', undefined, ''],
  ])('formatDate(%s, %s) = %s', (value, zone, expected) => {
    expect(formatDate(value, zone)).toBe(expected);
  });
  it('writes times on a 24-hour clock at the zone', () => {
    expect(formatTime('2026-12-01T17:05:00Z', 'America/Argentina/Buenos_Aires')).toBe('14:05');
    expect(formatTime('2026-12-01T03:00:00Z', 'America/Argentina/Buenos_Aires')).toBe('00:00');
    expect(formatDateTime('2026-12-01T17:05:00Z', 'America/Argentina/Buenos_Aires')).toBe('01/12/2026 14:05');
  });
});

describe('parseDate / parseTime', () => {
  it.each([
    ['17/05/1980', '1980-05-17'],
    ['7/5/1980', '1980-05-07'],
    ['17051980', '1980-05-17'],
    ['1980-05-17', '1980-05-17'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['31/04/2026', null],
    ['17/05/80', null],
    ['', null],
  ])('parseDate(%s) = %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
  it.each([
    ['9:30', '09:30'],
    ['0930', '09:30'],
    ['14:05', '14:05'],
    ['9', '09:00'],
    ['24:00', null],
    ['12:60', null],
    ['2 pm', null],
  ])('parseTime(%s) = %s', (text, expected) => {
    expect(parseTime(text)).toBe(expected);
  });
});

describe('formatPhone', () => {
  it.each([
    ['+5491155551234', '+54 9 11 5555-1234'],
    ['+541148321000', '+54 11 4832-1000'],
    ['+5493515551234', '+54 9 351 555-1234'],
    ['+5492944551234', '+54 9 2944 55-1234'],
    ['4832-1000', '4832-1000'],
    ['', ''],
  ])('formatPhone(%s) = %s', (phone, expected) => {
    expect(formatPhone(phone)).toBe(expected);
  });
});

describe('timeZoneCity', () => {
  it.each([
    ['America/Argentina/Buenos_Aires', 'Buenos Aires', 'Buenos Aires (Argentina)'],
    ['America/Argentina/Cordoba', 'Córdoba', 'Córdoba (Argentina)'],
    ['America/Montevideo', 'Montevideo', 'Montevideo (America)'],
    ['UTC', 'UTC', 'UTC'],
  ])('%s reads %s', (zone, city, label) => {
    expect(timeZoneCity(zone)).toBe(city);
    expect(timeZoneLabel(zone)).toBe(label);
  });
});
