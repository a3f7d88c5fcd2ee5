// The server's refusals (409 overlaps and invalid moves, 422 fields, 403) as sentences in
// the UI language. The server speaks English phrases; each known one maps to a locale key,
// anything else goes to the shared mapping (lib/problem-messages.ts) by its field and code.
import type { ApiError, FieldError } from '@/lib/api-error';

export type ProblemMessage = { key: string } | { fieldError: FieldError } | { problem: true };

const kConflictByField: Record<string, string> = {
  doctor_id: 'appointments.errors.doctorBusy',
  room_id: 'appointments.errors.roomBusy',
  patient_id: 'appointments.errors.patientBusy',
};

const kPatientNotAtClinic = 'appointments.errors.patientNotAtClinic';

// Keyed by "<field>|<message>" (422) or a message prefix (409 on status).
const kInvalid: Record<string, string> = {
  'start|is in the past': 'appointments.errors.startInPast',
  "start|is outside the doctor's hours at that clinic": 'appointments.errors.outsideHours',
  'end|must be after start': 'appointments.errors.endBeforeStart',
  'room_id|the room is not in a clinic where the doctor works': 'appointments.errors.roomNotDoctorClinic',
  'room_id|is not at one of your clinics': 'appointments.errors.roomNotYourClinic',
  "room_id|the room's clinic is inactive": 'appointments.errors.clinicInactive',
  'room_id|no such active room': 'appointments.errors.noRoom',
  'practice_id|is not offered at the room\'s clinic': 'appointments.errors.practiceNotOffered',
  'practice_id|no such active practice': 'appointments.errors.noPractice',
  'doctor_id|no such active doctor': 'appointments.errors.noDoctor',
  'patient_id|no such patient': 'appointments.errors.noPatient',
  'patient_id|patients book only for themselves': 'appointments.errors.ownOnly',
  'reason|is required to cancel': 'appointments.errors.reasonRequired',
  'reason|must be at most 500 characters': 'appointments.errors.reasonTooLong',
};

const kStatusConflicts: [prefix: string, key: string][] = [
  ['Too close to the start to cancel online', 'appointments.errors.tooLateToCancel'],
  ['Only registered or confirmed turnos can be rescheduled', 'appointments.errors.notReschedulable'],
  ['no_show only once the start has passed', 'appointments.errors.noShowBeforeStart'],
  ['cancelling needs a reason', 'appointments.errors.reasonRequired'],
  ['that transition is not allowed', 'appointments.errors.transitionNotAllowed'],
  ["the patient can only arrive on the turno's day", 'appointments.errors.arriveOnTheDay'],
  ["a patient can only be called in on the turno's day", 'appointments.errors.callOnTheDay'],
  ['a turno cannot be finished before its day', 'appointments.errors.finishBeforeTheDay'],
];

/** One sentence per refusal reason the server gave (never empty). */
export function appointmentProblemMessages(error: Pick<ApiError, 'status' | 'errors' | 'detail' | 'title'>): ProblemMessage[] {
  if (error.status === 403) return [{ key: 'appointments.errors.forbidden' }];
  // A booking names patient_id when the patient is not registered at the secretary's clinics.
  if (error.status === 404 && error.errors.some((e) => e.field === 'patient_id')) {
    return [{ key: kPatientNotAtClinic }];
  }
  if (error.status === 404) return [{ key: 'appointments.errors.notFound' }];
  const out: ProblemMessage[] = [];
  for (const e of error.errors) {
    if (error.status === 409 && kConflictByField[e.field]) {
      out.push({ key: kConflictByField[e.field]! });
      continue;
    }
    if (error.status === 409 && e.field === 'status') {
      const hit = kStatusConflicts.find(([prefix]) => e.message.startsWith(prefix));
      out.push(hit ? { key: hit[1] } : { fieldError: e });
      continue;
    }
    const key = kInvalid[`${e.field}|${e.message}`];
    out.push(key ? { key } : { fieldError: e });
  }
  if (out.length === 0) {
    const hit = kStatusConflicts.find(([prefix]) => error.detail.startsWith(prefix));
    out.push(hit ? { key: hit[1] } : { problem: true });
  }
  return out;
}

/** Every locale key the mapping can answer (the locale test checks both languages have them). */
export const kProblemMessageKeys: readonly string[] = [
  ...new Set([
    'appointments.errors.forbidden',
    'appointments.errors.notFound',
    kPatientNotAtClinic,
    ...Object.values(kConflictByField),
    ...Object.values(kInvalid),
    ...kStatusConflicts.map(([, key]) => key),
  ]),
];
