import type { PatientLinkValues } from '@/features/patients/types';
import type { DocumentType, PatientLink } from '@/lib/api-models';

/**
 * A date typed the Argentine way, "17/05/1980" (also with - or . between the parts, one-digit
 * day or month, or the eight digits "17051980"), as the API's "1980-05-17". Null when it is
 * not a real calendar date with a four-digit year (31/02/1980, 17/05/80).
 */
export function parseDayMonthYear(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one (29 February only in leap years).
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "1980-05-17" → "17/05/1980"; anything else → "". */
export function formatDayMonthYear(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** The link form, pre-filled with what was typed elsewhere (the "Nuevo paciente" form gives an ISO birth date). */
export function linkFormValues(
  prefill: { document_type?: DocumentType; document_number?: string; birth_date?: string } = {},
  clinicId = '',
): PatientLinkValues {
  return {
    document_type: prefill.document_type ?? 'DNI',
    document_number: prefill.document_number?.trim() ?? '',
    birth_date: formatDayMonthYear(prefill.birth_date ?? ''),
    clinic_id: clinicId,
  };
}

/**
 * The request body. The document goes as typed (the server ignores dots, spaces and
 * dashes); a birth date that does not parse goes as typed too, for the server to name it.
 */
export function toPatientLink(values: PatientLinkValues): PatientLink {
  const body: PatientLink = {
    document_type: values.document_type,
    document_number: values.document_number.trim(),
    birth_date: parseDayMonthYear(values.birth_date) ?? values.birth_date.trim(),
  };
  if (values.clinic_id !== '') body.clinic_id = Number(values.clinic_id);
  return body;
}
