// The record forms' values → the API's request bodies, and the checks worth making before
// sending (the server checks everything again and names the field).
import type {
  AllergyCreate,
  AllergyFormValues,
  Amendment,
  AmendmentFormValues,
  DiagnosisCreate,
  DiagnosisFormValues,
  NoteCreate,
  NoteFormValues,
  RecordEntry,
  TreatmentCreate,
  TreatmentFormValues,
  WriteContext,
} from '@/features/records/types';
import { formatIcd10Code } from '@/features/records/utils/icd10';
import { blankToNull } from '@/lib/form-errors';

/**
 * An amendment as sent: the reason and only the fields that change. (The generated type
 * marks fields with a default as required; sending a field of another kind is a 422.)
 */
export type AmendmentBody = { reason: string } & Partial<Omit<Amendment, 'reason'>>;

/** Locale keys of client-side problems, by form field. */
export type FormProblems<T> = Partial<Record<keyof T & string, string>>;

/** Today as YYYY-MM-DD on the user's calendar. */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The consultation in progress wins; otherwise the clinic chosen (or none yet). */
export function writeContext(appointmentId: number | null, clinicId: number | null): WriteContext | null {
  if (appointmentId !== null) return { appointment_id: appointmentId };
  if (clinicId !== null) return { clinic_id: clinicId };
  return null;
}

function optional<K extends string>(key: K, value: string): { [P in K]?: string } {
  const trimmed = value.trim();
  return (trimmed === '' ? {} : { [key]: trimmed }) as { [P in K]?: string };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

export const kEmptyDiagnosisForm: DiagnosisFormValues = { code: '', text: '', chronic: false };
export const kEmptyNoteForm: NoteFormValues = { text: '', private: false };
export const kEmptyAllergyForm: AllergyFormValues = { substance: '', reaction: '', severity: 'unknown' };

export function emptyTreatmentForm(today: string, diagnosisId: number | null = null): TreatmentFormValues {
  return {
    description: '',
    dose: '',
    frequency: '',
    start_date: today,
    end_date: '',
    diagnosis_id: diagnosisId === null ? '' : String(diagnosisId),
    follow_up_days: '',
  };
}

export function validateDiagnosis(v: DiagnosisFormValues): FormProblems<DiagnosisFormValues> {
  return v.code.trim() === '' ? { code: 'records.errors.chooseCode' } : {};
}

export function validateTreatment(v: TreatmentFormValues): FormProblems<TreatmentFormValues> {
  const problems: FormProblems<TreatmentFormValues> = {};
  if (v.description.trim() === '') problems.description = 'common.required';
  if (v.start_date === '') problems.start_date = 'common.required';
  if (v.end_date !== '' && v.start_date !== '' && v.end_date < v.start_date) problems.end_date = 'records.errors.endBeforeStart';
  if (v.follow_up_days.trim() !== '') {
    const days = wholeNumber(v.follow_up_days);
    if (days === null || days < 1 || days > 365) problems.follow_up_days = 'records.errors.followUpRange';
  }
  return problems;
}

export function validateNote(v: NoteFormValues): FormProblems<NoteFormValues> {
  return v.text.trim() === '' ? { text: 'common.required' } : {};
}

export function validateAllergy(v: AllergyFormValues): FormProblems<AllergyFormValues> {
  return v.substance.trim() === '' ? { substance: 'common.required' } : {};
}

export function toDiagnosisCreate(v: DiagnosisFormValues, context: WriteContext): DiagnosisCreate {
  return { code: formatIcd10Code(v.code), ...optional('text', v.text), chronic: v.chronic, status: 'active', ...context };
}

export function toTreatmentCreate(v: TreatmentFormValues, context: WriteContext): TreatmentCreate {
  const diagnosisId = wholeNumber(v.diagnosis_id);
  const followUp = wholeNumber(v.follow_up_days);
  return {
    description: v.description.trim(),
    ...optional('dose', v.dose),
    ...optional('frequency', v.frequency),
    start_date: v.start_date,
    ...(v.end_date !== '' ? { end_date: v.end_date } : {}),
    ...(diagnosisId !== null ? { diagnosis_id: diagnosisId } : {}),
    ...(followUp !== null ? { follow_up_days: followUp } : {}),
    ...context,
  };
}

export function toNoteCreate(v: NoteFormValues, context: WriteContext): NoteCreate {
  return { text: v.text.trim(), private: v.private, ...context };
}

export function toAllergyCreate(v: AllergyFormValues, context: WriteContext): AllergyCreate {
  return { substance: v.substance.trim(), ...optional('reaction', v.reaction), severity: v.severity, ...context };
}

/** The amendment dialog's starting values: the entry as it is, then `preset` (e.g. status resolved). */
export function amendmentFormFor(entry: RecordEntry, preset: Partial<Record<string, string | boolean>> = {}): AmendmentFormValues {
  const values = ((): AmendmentFormValues => {
    switch (entry.kind) {
      case 'diagnosis':
        return { kind: 'diagnosis', reason: '', code: entry.code, text: entry.text ?? '', chronic: entry.chronic, status: entry.status };
      case 'treatment':
        return {
          kind: 'treatment',
          reason: '',
          description: entry.description,
          dose: entry.dose ?? '',
          frequency: entry.frequency ?? '',
          start_date: entry.start_date,
          end_date: entry.end_date ?? '',
          diagnosis_id: entry.diagnosis_id === null ? '' : String(entry.diagnosis_id),
          follow_up_days: entry.follow_up_days === null ? '' : String(entry.follow_up_days),
        };
      case 'note':
        return { kind: 'note', reason: '', text: entry.text, private: entry.private };
      case 'allergy':
        return { kind: 'allergy', reason: '', substance: entry.substance, reaction: entry.reaction ?? '', severity: entry.severity };
    }
  })();
  return { ...values, ...preset } as AmendmentFormValues;
}

export function validateAmendment(v: AmendmentFormValues): Partial<Record<string, string>> {
  const problems: Partial<Record<string, string>> = {};
  if (v.reason.trim() === '') problems.reason = 'records.errors.reasonRequired';
  switch (v.kind) {
    case 'diagnosis':
      Object.assign(problems, validateDiagnosis(v));
      break;
    case 'treatment':
      Object.assign(problems, validateTreatment(v));
      break;
    case 'note':
      Object.assign(problems, validateNote(v));
      break;
    case 'allergy':
      Object.assign(problems, validateAllergy(v));
      break;
  }
  return problems;
}

/**
 * The amendment to send: the reason plus each field that differs from the entry (fields
 * not sent keep their value). Null when nothing changes. Optional texts left blank clear
 * the value (null); a diagnosis's text cannot be cleared, only replaced.
 */
export function toAmendment(entry: RecordEntry, v: AmendmentFormValues, context: WriteContext | null): AmendmentBody | null {
  const body: AmendmentBody = { reason: v.reason.trim() };
  const changes: Partial<Omit<Amendment, 'reason'>> = {};
  if (entry.kind === 'diagnosis' && v.kind === 'diagnosis') {
    if (formatIcd10Code(v.code) !== formatIcd10Code(entry.code)) changes.code = formatIcd10Code(v.code);
    const text = v.text.trim();
    if (text !== '' && text !== (entry.text ?? '')) changes.text = text;
    if (v.chronic !== entry.chronic) changes.chronic = v.chronic;
    if (v.status !== entry.status) changes.status = v.status;
  } else if (entry.kind === 'treatment' && v.kind === 'treatment') {
    if (v.description.trim() !== entry.description) changes.description = v.description.trim();
    if (blankToNull(v.dose) !== entry.dose) changes.dose = blankToNull(v.dose);
    if (blankToNull(v.frequency) !== entry.frequency) changes.frequency = blankToNull(v.frequency);
    if (v.start_date !== entry.start_date) changes.start_date = v.start_date;
    const endDate = v.end_date === '' ? null : v.end_date;
    if (endDate !== entry.end_date) changes.end_date = endDate;
    const diagnosisId = wholeNumber(v.diagnosis_id);
    if (diagnosisId !== entry.diagnosis_id) changes.diagnosis_id = diagnosisId;
    const followUp = wholeNumber(v.follow_up_days);
    if (followUp !== entry.follow_up_days) changes.follow_up_days = followUp;
  } else if (entry.kind === 'note' && v.kind === 'note') {
    if (v.text.trim() !== entry.text) changes.text = v.text.trim();
    if (v.private !== entry.private) changes.private = v.private;
  } else if (entry.kind === 'allergy' && v.kind === 'allergy') {
    if (v.substance.trim() !== entry.substance) changes.substance = v.substance.trim();
    if (blankToNull(v.reaction) !== entry.reaction) changes.reaction = blankToNull(v.reaction);
    if (v.severity !== entry.severity) changes.severity = v.severity;
  }
  if (Object.keys(changes).length === 0) return null;
  return { ...body, ...changes, ...(context ?? {}) };
}

/** Client-side problems (locale keys) as the messages Mantine's form shows beside fields. */
export function translateProblems(problems: Partial<Record<string, string>>, t: (key: string) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key!)]));
}
