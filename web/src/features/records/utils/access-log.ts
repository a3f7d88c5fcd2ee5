// "Quién vio mi historia": the audit actions of a record in words a patient understands.

const kActionKeys: Record<string, string> = {
  'record.viewed': 'records.accessLog.actions.viewed',
  'record.diagnosis_added': 'records.accessLog.actions.diagnosisAdded',
  'record.treatment_added': 'records.accessLog.actions.treatmentAdded',
  'record.note_added': 'records.accessLog.actions.noteAdded',
  'record.allergy_added': 'records.accessLog.actions.allergyAdded',
  'record.entry_amended': 'records.accessLog.actions.entryAmended',
  'record.emergency_access_granted': 'records.accessLog.actions.emergencyAccessGranted',
};

/** The locale key that names an action, or null for one the app does not know (shown as is). */
export function accessActionKey(action: string): string | null {
  return kActionKeys[action] ?? null;
}

/** Every key the mapping can answer (the locale test checks both languages have them). */
export const kAccessActionKeys: readonly string[] = Object.values(kActionKeys);
