/**
 * How the UI writes dates, times, phones and time zones, whatever the browser's locale:
 * dates dd/mm/aaaa, times on a 24-hour clock, Argentine phones as "+54 9 11 5555-1234",
 * time zones by their city ("Buenos Aires", not "America/Argentina/Buenos_Aires").
 * Every screen formats through these so the network reads one way everywhere.
 */

/** The network's zone when a clinic has none. */
export const kDefaultTimeZone = 'America/Argentina/Buenos_Aires';

const kIsoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

type Instant = string | Date;

const partFormatters = new Map<string, Intl.DateTimeFormat>();
// en-CA with h23 gives numeric parts that never depend on the locale's own order or clock.
function partsAt(instant: Date, timeZone: string | undefined) {
  const key = timeZone ?? '';
  let f = partFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partFormatters.set(key, f);
  }
  const parts: Record<string, string> = {};
  for (const p of f.formatToParts(instant)) parts[p.type] = p.value;
  return parts;
}

function asDate(value: Instant): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

/**
 * "01/12/2026". A calendar date ("2026-12-01") is written as is; an instant is read at
 * `timeZone` (the browser's zone when omitted). "" for a missing or unreadable value.
 */
export function formatDate(value: Instant | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string') {
    const iso = kIsoDate.exec(value);
    if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  }
  const d = asDate(value);
  if (Number.isNaN(d.getTime())) return '';
  const p = partsAt(d, timeZone);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "14:05" at `timeZone`; "" for a missing or unreadable instant. */
export function formatTime(value: Instant | null | undefined, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return '';
  const d = asDate(value);
  if (Number.isNaN(d.getTime())) return '';
  const p = partsAt(d, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** "01/12/2026 14:05" at `timeZone`. */
export function formatDateTime(value: Instant | null | undefined, timeZone?: string): string {
  const date = formatDate(value, timeZone);
  return date === '' ? '' : `${date} ${formatTime(value, timeZone)}`;
}

/** "YYYY-MM-DD" of an instant at `timeZone`. */
export function isoDateAt(value: Instant, timeZone?: string): string {
  const p = partsAt(asDate(value), timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** Whether `text` is a real calendar date written "YYYY-MM-DD". */
export function isIsoDate(text: string): boolean {
  return parseDate(text) === text;
}

/**
 * A date typed the Argentine way, "17/05/1980" (also with - or . between the parts, one-digit
 * day or month, the eight digits "17051980", or the API's own "1980-05-17"), as "1980-05-17".
 * Null when it is not a real calendar date with a four-digit year (31/02/1980, 17/05/80).
 */
export function parseDate(text: string): string | null {
  const trimmed = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = kIsoDate.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
    if (!match) return null;
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (29 February only in leap years).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time typed on a 24-hour clock ("9:30", "09:30", "0930", "9.30", "9") as "09:30"; null otherwise. */
export function parseTime(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

// Argentina's area codes of three digits (the rest of the country's, but 11, have four).
const kArgentineThreeDigitAreas = new Set([
  '220', '221', '223', '230', '236', '237', '249', '260', '261', '263', '264', '266', '280', '291', '297',
  '299', '336', '341', '342', '343', '345', '348', '351', '353', '358', '362', '364', '370', '376', '379',
  '380', '381', '383', '385', '387', '388',
]);

/**
 * A phone as people write it: Argentine mobiles "+54 9 11 5555-1234", landlines
 * "+54 11 4832-1000" (area codes of 2, 3 or 4 digits), other countries in groups of
 * three or four after the country code. Text that is not a phone number comes back as is.
 */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const digits = phone.replace(/[^\d]/g, '');
  const international = phone.trim().startsWith('+');
  if (!international || digits.length < 8) return phone;
  if (digits.startsWith('54')) {
    let rest = digits.slice(2);
    const mobile = rest.startsWith('9');
    if (mobile) rest = rest.slice(1);
    if (rest.length === 10) {
      const areaLength = rest.startsWith('11') ? 2 : kArgentineThreeDigitAreas.has(rest.slice(0, 3)) ? 3 : 4;
      const area = rest.slice(0, areaLength);
      const local = rest.slice(areaLength);
      const split = local.length - 4;
      return `+54 ${mobile ? '9 ' : ''}${area} ${local.slice(0, split)}-${local.slice(split)}`;
    }
    return phone;
  }
  // Elsewhere: country code of 1 to 3 digits is not knowable without a table; group the rest.
  const country = digits.startsWith('1') || digits.startsWith('7') ? digits.slice(0, 1) : digits.slice(0, 2);
  const rest = digits.slice(country.length);
  const groups = rest.match(/.{1,4}(?=(.{4})*$)/g) ?? [rest];
  return `+${country} ${groups.join(' ')}`;
}

// Cities whose written name has accents or words the IANA id cannot carry.
const kCityNames: Record<string, string> = {
  Cordoba: 'Córdoba',
  Tucuman: 'Tucumán',
  Rio_Gallegos: 'Río Gallegos',
  Sao_Paulo: 'São Paulo',
  Asuncion: 'Asunción',
  Bogota: 'Bogotá',
  Mexico_City: 'Ciudad de México',
  UTC: 'UTC',
};

/**
 * A time zone by its city: "America/Argentina/Buenos_Aires" → "Buenos Aires",
 * "America/Argentina/Cordoba" → "Córdoba". "UTC" stays "UTC".
 */
export function timeZoneCity(timeZone: string | null | undefined): string {
  if (!timeZone) return '';
  const last = timeZone.split('/').pop() ?? timeZone;
  return kCityNames[last] ?? last.replace(/_/g, ' ');
}

/**
 * A zone for choosing among many: "Córdoba (Argentina)", "Buenos Aires (Argentina)",
 * "Montevideo (America)": the city first, then the country or region it is filed under.
 */
export function timeZoneLabel(timeZone: string): string {
  const parts = timeZone.split('/');
  const city = timeZoneCity(timeZone);
  if (parts.length < 2) return city;
  const region = parts.length > 2 ? parts[parts.length - 2]! : parts[0]!;
  return `${city} (${region.replace(/_/g, ' ')})`;
}
