import { describe, expect, it } from 'vitest';
import {
  emptyPatientForm,
  patientDisplayName,
  patientToForm,
  toContactUpdate,
  toPatientCreate,
  toPatientUpdate,
} from '@/features/patients/utils/patient-form';
import type { Patient } from '@/lib/api-models';

const patient: Patient = {
  id: 7,
  first_name: 'María',
  last_name: 'González',
  document_type: 'DNI',
  document_number: '30123456',
  birth_date: '1980-05-02',
  sex: 'F',
  phone: '+5491155551234',
  email: null,
  address: null,
  insurer: 'OSDE',
  insurer_member_number: null,
  sms_consent: true,
  user_id: null,
  clinic_ids: [1],
  created_at: '2026-01-01T10:00:00-03:00',
};

describe('toPatientCreate', () => {
  it('sends blanks as null, the phone as typed, and the clinic when chosen', () => {
    const values = {
      ...emptyPatientForm('2'),
      first_name: ' María ',
      last_name: ' González ',
      document_number: '30.123.456',
      phone: '11 5555-1234',
    };
    expect(toPatientCreate(values)).toEqual({
      first_name: 'María',
      last_name: 'González',
      document_type: 'DNI',
      document_number: '30123456',
      birth_date: null,
      sex: null,
      phone: '11 5555-1234',
      email: null,
      address: null,
      insurer: null,
      insurer_member_number: null,
      sms_consent: false,
      clinic_id: 2,
    });
  });

  it('adds the account only when asked, and omits an unchosen clinic', () => {
    const values = {
      ...emptyPatientForm(),
      first_name: 'A',
      last_name: 'B',
      document_number: '1',
      create_account: true,
      account: { username: ' maria ', password: 'una clave larga' },
    };
    const body = toPatientCreate(values);
    expect(body.account).toEqual({ username: 'maria', password: 'una clave larga' });
    expect('clinic_id' in body).toBe(false);
    expect(toPatientCreate({ ...values, create_account: false }).account).toBeUndefined();
  });
});

describe('patient edit', () => {
  it('round-trips a patient', () => {
    expect(toPatientUpdate(patientToForm(patient))).toEqual({
      first_name: 'María',
      last_name: 'González',
      document_type: 'DNI',
      document_number: '30123456',
      birth_date: '1980-05-02',
      sex: 'F',
      phone: '+5491155551234',
      email: null,
      address: null,
      insurer: 'OSDE',
      insurer_member_number: null,
      sms_consent: true,
    });
  });

  it('sends only contact fields for a patient', () => {
    expect(toContactUpdate({ phone: '11 5555-1234', email: ' ', address: 'Calle 1', sms_consent: false })).toEqual({
      phone: '11 5555-1234',
      email: null,
      address: 'Calle 1',
      sms_consent: false,
    });
  });

  it('shows last name first', () => {
    expect(patientDisplayName(patient)).toBe('González, María');
  });
});
