import type { DocumentType, Sex } from '@/lib/api-models';

export interface PatientFormValues {
  first_name: string;
  last_name: string;
  document_type: DocumentType;
  document_number: string;
  birth_date: string;
  sex: Sex | '';
  phone: string;
  email: string;
  address: string;
  insurer: string;
  insurer_member_number: string;
  sms_consent: boolean;
}

export interface PatientCreateValues extends PatientFormValues {
  clinic_id: string;
  create_account: boolean;
  account: { username: string; password: string };
}

/** What a patient may change about themself. */
export interface PatientContactValues {
  phone: string;
  email: string;
  address: string;
  sms_consent: boolean;
}

/** A clinic the patient may be registered at. */
export interface ClinicChoice {
  id: number;
  name: string;
}

/** The "Vincular paciente de otra clínica" form, as typed. */
export interface PatientLinkValues {
  document_type: DocumentType;
  document_number: string;
  /** dd/mm/aaaa */
  birth_date: string;
  clinic_id: string;
}
