// Audit events as sentences: "Ana Gómez (Secretaria) registró a Juan Pérez" instead of
// `patient.created`, `user #1` and raw JSON. One template per action the server writes
// (grep the C++ for audit::ByActor and Audit(...) to find them), under audit.sentences in
// the locales; an action missing here still reads as a sentence, with its code.
import type { TFunction } from 'i18next';
import type { AuditEntry } from '@/features/audit/types';

/** Every action the server records (src/modules/**), with its template key. */
export const kAuditActions = [
  'auth.login',
  'auth.login_failed',
  'auth.login_locked',
  'auth.logout',
  'auth.password_changed',
  'user.created',
  'user.updated',
  'user.deactivated',
  'clinic.created',
  'clinic.updated',
  'clinic.deactivated',
  'floor.created',
  'room.created',
  'room.updated',
  'room.deactivated',
  'nomenclator.created',
  'nomenclator.imported',
  'practice.created',
  'practice.updated',
  'doctor.updated',
  'doctor.schedule_changed',
  'patient.viewed',
  'patient.created',
  'patient.updated',
  'patient.linked',
  'patient.link_refused',
  'patient.sms_opted_out',
  'patient.sms_consent_changed',
  'record.viewed',
  'record.diagnosis_added',
  'record.treatment_added',
  'record.note_added',
  'record.allergy_added',
  'record.entry_amended',
  'record.emergency_access_granted',
  'follow_up_plan.created',
  'follow_up_plan.updated',
  'follow_up_plan.ended',
  'follow_up_worklist.read',
  'care_gap.listed',
  'care_gap.counted',
  'sms_template.updated',
  'sms_messages.read',
  'sms_inbox.listed',
  'sms_inbox.handled',
  'sms_phone_problems.listed',
  'sms_phone_problem.resolved',
  'audit.verified',
] as const;

export type AuditAction = (typeof kAuditActions)[number];

export function sentenceKey(action: string): string {
  return `audit.sentences.${action}`;
}

/** "Ana Gómez (Secretaria)", the username for the system or a failed sign-in, or "El sistema". */
export function actorPhrase(e: AuditEntry, t: TFunction): string {
  if (e.actorName) return e.actorRole ? `${e.actorName} (${t(`roles.${e.actorRole}`)})` : e.actorName;
  if (e.actorUsername) return e.actorUserId === null ? t('audit.actor.system', { name: e.actorUsername }) : e.actorUsername;
  return t('audit.actor.unknown');
}

/** The patient's name, or "el paciente n.º 12" when the name is not known. */
export function patientPhrase(e: AuditEntry, t: TFunction): string {
  if (e.patientName) return e.patientName;
  if (e.patientId !== null) return t('audit.patientNumber', { id: e.patientId });
  if (e.objectType === 'patient' && e.objectId !== null) return t('audit.patientNumber', { id: e.objectId });
  return t('audit.aPatient');
}

/** The object's name (users and clinics), or its number. */
export function objectPhrase(e: AuditEntry): string {
  if (e.objectName) return e.objectName;
  return e.objectId !== null ? `n.º ${e.objectId}` : '';
}

/** One event as one sentence in the UI language. */
export function auditSentence(e: AuditEntry, t: TFunction, exists: (key: string) => boolean): string {
  const values = {
    actor: actorPhrase(e, t),
    patient: patientPhrase(e, t),
    object: objectPhrase(e),
    username: e.actorUsername ?? (typeof e.details.username_given === 'string' ? e.details.username_given : ''),
    action: e.action,
  };
  const key = sentenceKey(e.action);
  return exists(key) ? t(key, values) : t('audit.sentences.unknown', values);
}

function detailValue(value: unknown, t: TFunction): string {
  if (value === true) return t('common.yes');
  if (value === false) return t('common.no');
  if (value === null || value === undefined) return t('common.none');
  if (Array.isArray(value)) return value.map((v) => detailValue(v, t)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The event's non-clinical facts as "Campos: role · Clínica: 3" (labels from the locale). */
export function detailsPhrase(details: Record<string, unknown>, t: TFunction, exists: (key: string) => boolean): string {
  return Object.entries(details)
    .map(([key, value]) => {
      const label = exists(`audit.detailKeys.${key}`) ? t(`audit.detailKeys.${key}`) : key;
      return `${label}: ${detailValue(value, t)}`;
    })
    .join(' · ');
}
