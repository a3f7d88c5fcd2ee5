import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type PatientRecord = Schemas['PatientRecord'];
export type RecordPatient = Schemas['RecordPatient'];
export type RecordAccess = Schemas['RecordAccess'];
export type RecordEntry = Schemas['RecordEntry'];
export type RecordEntryKind = Schemas['RecordEntryKind'];
export type Diagnosis = Schemas['Diagnosis'];
export type DiagnosisStatus = Schemas['DiagnosisStatus'];
export type Treatment = Schemas['Treatment'];
export type Note = Schemas['Note'];
export type Allergy = Schemas['Allergy'];
export type AllergySeverity = Schemas['AllergySeverity'];
export type DiagnosisCreate = Schemas['DiagnosisCreate'];
export type TreatmentCreate = Schemas['TreatmentCreate'];
export type NoteCreate = Schemas['NoteCreate'];
export type AllergyCreate = Schemas['AllergyCreate'];
export type Amendment = Schemas['Amendment'];
export type Icd10Code = Schemas['Icd10Code'];
export type EmergencyAccess = Schemas['EmergencyAccess'];
export type AccessLogEntry = Schemas['AccessLogEntry'];
export type FollowUpPlan = Schemas['FollowUpPlan'];
export type FollowUpPlanUpdate = Schemas['FollowUpPlanUpdate'];
export type SmsMessage = Schemas['SmsMessage'];

/** Where a new entry is written: the consultation in progress, or one of the doctor's clinics. */
export type WriteContext = { appointment_id: number } | { clinic_id: number };

/** One entry of the timeline with all its versions: the current one, then those it corrected (newest first). */
export interface TimelineGroup {
  originalId: number;
  current: RecordEntry;
  superseded: RecordEntry[];
}

/** What the record forms hold: text inputs as strings, checkboxes as booleans. */
export interface DiagnosisFormValues {
  code: string;
  text: string;
  chronic: boolean;
}

export interface TreatmentFormValues {
  description: string;
  dose: string;
  frequency: string;
  start_date: string;
  end_date: string;
  /** A diagnosis's original_id, or '' for none. */
  diagnosis_id: string;
  follow_up_days: string;
}

export interface NoteFormValues {
  text: string;
  private: boolean;
}

export interface AllergyFormValues {
  substance: string;
  reaction: string;
  severity: AllergySeverity;
}

/** The amendment dialog: the reason plus the corrected fields of the entry's kind. */
export type AmendmentFormValues =
  | ({ kind: 'diagnosis'; reason: string; status: DiagnosisStatus } & DiagnosisFormValues)
  | ({ kind: 'treatment'; reason: string } & TreatmentFormValues)
  | ({ kind: 'note'; reason: string } & NoteFormValues)
  | ({ kind: 'allergy'; reason: string } & AllergyFormValues);

/** What each "new entry" form gets from the chart. */
export interface EntryFormProps {
  patientId: number;
  /** Null while the consultation in progress is being looked up. */
  context: WriteContext | null;
  onDone: () => void;
  /** The chart on screen is out of date (the record closed, the consultation ended). */
  onStale: () => void;
}
export type EmergencyAccessByDocument = Schemas['EmergencyAccessByDocument'];
