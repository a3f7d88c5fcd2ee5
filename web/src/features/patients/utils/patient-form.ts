import type { PatientContactValues, PatientCreateValues, PatientFormValues } from '@/features/patients/types';
import type { DocumentType, Patient, PatientCreate, PatientUpdate, Sex } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';

export const kDocumentTypes: readonly DocumentType[] = ['DNI', 'LC', 'LE', 'CI', 'PASAPORTE', 'OTRO'];
export const kSexes: readonly Sex[] = ['F', 'M', 'X'];

/** The form's fields that carry API errors under the same name. */
export const kPatientFields = [
  'first_name',
  'last_name',
  'document_type',
  'document_number',
  'birth_date',
  'sex',
  'phone',
  'email',
  'address',
  'insurer',
  'insurer_member_number',
  'sms_consent',
] as const;

export function emptyPatientForm(clinicId = ''): PatientCreateValues {
  return {
    first_name: '',
    last_name: '',
    document_type: 'DNI',
    document_number: '',
    birth_date: '',
    sex: '',
    phone: '',
    email: '',
    address: '',
    insurer: '',
    insurer_member_number: '',
    sms_consent: false,
    clinic_id: clinicId,
    create_account: false,
    account: { username: '', password: '' },
  };
}

export function patientToForm(patient: Patient): PatientFormValues {
  return {
    first_name: patient.first_name,
    last_name: patient.last_name,
    document_type: patient.document_type,
    document_number: patient.document_number,
    birth_date: patient.birth_date ?? '',
    sex: patient.sex ?? '',
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    address: patient.address ?? '',
    insurer: patient.insurer ?? '',
    insurer_member_number: patient.insurer_member_number ?? '',
    sms_consent: patient.sms_consent,
  };
}

/** Every editable field; the phone goes as typed (the server turns it into E.164). */
function patientBody(values: PatientFormValues) {
  return {
    first_name: values.first_name.trim(),
    last_name: values.last_name.trim(),
    document_type: values.document_type,
    document_number: values.document_number.replace(/[\s.]/g, ''),
    birth_date: values.birth_date === '' ? null : values.birth_date,
    sex: values.sex === '' ? null : values.sex,
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    address: blankToNull(values.address),
    insurer: blankToNull(values.insurer),
    insurer_member_number: blankToNull(values.insurer_member_number),
    sms_consent: values.sms_consent,
  };
}

export function toPatientUpdate(values: PatientFormValues): PatientUpdate {
  return patientBody(values);
}

export function toPatientCreate(values: PatientCreateValues): PatientCreate {
  const body: PatientCreate = patientBody(values);
  if (values.clinic_id !== '') body.clinic_id = Number(values.clinic_id);
  if (values.create_account) {
    body.account = { username: values.account.username.trim(), password: values.account.password };
  }
  return body;
}

export function patientToContact(patient: Patient): PatientContactValues {
  return {
    phone: patient.phone ?? '',
    email: patient.email ?? '',
    address: patient.address ?? '',
    sms_consent: patient.sms_consent,
  };
}

/** A patient editing themself sends only these four fields. */
export function toContactUpdate(values: PatientContactValues): PatientUpdate {
  return {
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    address: blankToNull(values.address),
    sms_consent: values.sms_consent,
  };
}

/** "González, María" */
export function patientDisplayName(patient: Pick<Patient, 'first_name' | 'last_name'>): string {
  return `${patient.last_name}, ${patient.first_name}`;
}
