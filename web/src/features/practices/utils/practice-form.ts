import type { PracticeFormValues } from '@/features/practices/types';
import type { Practice, PracticeUpdate } from '@/lib/api-models';

export function practiceToForm(practice: Practice): PracticeFormValues {
  return {
    code: practice.code,
    name: practice.name,
    specialty: practice.specialty,
    duration_minutes: String(practice.duration_minutes),
    active: practice.active,
    clinic_ids: [...practice.clinic_ids],
  };
}

export function toPracticeUpdate(values: PracticeFormValues): PracticeUpdate {
  return {
    code: values.code.trim(),
    name: values.name.trim(),
    specialty: values.specialty.trim(),
    duration_minutes: Number(values.duration_minutes.trim()),
    active: values.active,
    clinic_ids: [...values.clinic_ids].sort((a, b) => a - b),
  };
}

/** Whole minutes from 5 to 480, as the server accepts. */
export function isValidDuration(text: string): boolean {
  if (!/^\d+$/.test(text.trim())) return false;
  const minutes = Number(text.trim());
  return minutes >= 5 && minutes <= 480;
}
