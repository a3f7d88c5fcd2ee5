import { describe, expect, it } from 'vitest';
import type { Diagnosis, Treatment } from '@/features/records/types';
import {
  amendmentFormFor,
  emptyTreatmentForm,
  localDate,
  toAllergyCreate,
  toAmendment,
  toDiagnosisCreate,
  toNoteCreate,
  toTreatmentCreate,
  validateAmendment,
  validateTreatment,
  writeContext,
} from '@/features/records/utils/record-forms';

const base = {
  patient_id: 1,
  original_id: 10,
  amends_id: null,
  amendment_reason: null,
  superseded: false,
  superseded_by: null,
  author_user_id: 5,
  author_name: 'Dr. Prueba',
  doctor_id: 2,
  clinic_id: 1,
  clinic_name: 'Clínica Centro',
  appointment_id: null,
  created_at: '2025-03-01T13:00:00Z',
};

const diabetes: Diagnosis = {
  ...base,
  kind: 'diagnosis',
  id: 10,
  code: 'E11.9',
  code_description: 'Diabetes mellitus no insulinodependiente',
  text: 'Tipo 2',
  chronic: true,
  status: 'active',
};

const metformin: Treatment = {
  ...base,
  kind: 'treatment',
  id: 11,
  original_id: 11,
  description: 'Metformina 850 mg',
  dose: '1 comprimido',
  frequency: 'cada 12 horas',
  start_date: '2025-03-01',
  end_date: null,
  diagnosis_id: 10,
  follow_up_days: 90,
};

describe('writeContext', () => {
  it('prefers the consultation in progress, then the clinic', () => {
    expect(writeContext(7, 3)).toEqual({ appointment_id: 7 });
    expect(writeContext(null, 3)).toEqual({ clinic_id: 3 });
    expect(writeContext(null, null)).toBeNull();
  });
});

describe('localDate', () => {
  it('is the calendar day on the user clock', () => {
    expect(localDate(new Date(2025, 0, 5, 23, 30))).toBe('2025-01-05');
  });
});

describe('new entries', () => {
  it('sends a diagnosis with the dotted code, trimmed text and the context', () => {
    expect(toDiagnosisCreate({ code: 'e119', text: '  tipo 2 ', chronic: true }, { appointment_id: 4 })).toEqual({
      code: 'E11.9',
      text: 'tipo 2',
      chronic: true,
      status: 'active',
      appointment_id: 4,
    });
    expect(toDiagnosisCreate({ code: 'J45', text: ' ', chronic: false }, { clinic_id: 2 })).toEqual({
      code: 'J45',
      chronic: false,
      status: 'active',
      clinic_id: 2,
    });
  });

  it('leaves blank treatment fields out and turns numbers into numbers', () => {
    const values = { ...emptyTreatmentForm('2025-03-01', 10), description: ' Metformina 850 mg ', follow_up_days: '90' };
    expect(toTreatmentCreate(values, { clinic_id: 1 })).toEqual({
      description: 'Metformina 850 mg',
      start_date: '2025-03-01',
      diagnosis_id: 10,
      follow_up_days: 90,
      clinic_id: 1,
    });
    expect(
      toTreatmentCreate(
        { ...values, dose: '1 comp', frequency: 'cada 8 h', end_date: '2025-03-10', diagnosis_id: '', follow_up_days: '' },
        { appointment_id: 9 },
      ),
    ).toEqual({
      description: 'Metformina 850 mg',
      dose: '1 comp',
      frequency: 'cada 8 h',
      start_date: '2025-03-01',
      end_date: '2025-03-10',
      appointment_id: 9,
    });
  });

  it('sends notes and allergies', () => {
    expect(toNoteCreate({ text: ' Control ', private: true }, { clinic_id: 1 })).toEqual({ text: 'Control', private: true, clinic_id: 1 });
    expect(toAllergyCreate({ substance: 'Penicilina', reaction: '', severity: 'severe' }, { clinic_id: 1 })).toEqual({
      substance: 'Penicilina',
      severity: 'severe',
      clinic_id: 1,
    });
  });
});

describe('validateTreatment', () => {
  const ok = { ...emptyTreatmentForm('2025-03-01'), description: 'Enalapril' };
  it.each([
    [{}, {}],
    [{ description: ' ' }, { description: 'common.required' }],
    [{ start_date: '' }, { start_date: 'common.required' }],
    [{ end_date: '2025-02-28' }, { end_date: 'records.errors.endBeforeStart' }],
    [{ end_date: '2025-03-01' }, {}],
    [{ follow_up_days: '0' }, { follow_up_days: 'records.errors.followUpRange' }],
    [{ follow_up_days: '366' }, { follow_up_days: 'records.errors.followUpRange' }],
    [{ follow_up_days: '1.5' }, { follow_up_days: 'records.errors.followUpRange' }],
    [{ follow_up_days: '30' }, {}],
  ])('%o → %o', (change, problems) => {
    expect(validateTreatment({ ...ok, ...change })).toEqual(problems);
  });
});

describe('amendments', () => {
  it('resolving a diagnosis sends the reason and the status only', () => {
    const values = amendmentFormFor(diabetes, { status: 'resolved', reason: ' Remisión ' });
    expect(toAmendment(diabetes, values, { clinic_id: 1 })).toEqual({ reason: 'Remisión', status: 'resolved', clinic_id: 1 });
  });

  it('a corrected code is sent dotted; an unchanged one is not sent', () => {
    const values = amendmentFormFor(diabetes, { reason: 'Código mal elegido', code: 'e110' });
    expect(toAmendment(diabetes, values, { appointment_id: 3 })).toEqual({
      reason: 'Código mal elegido',
      code: 'E11.0',
      appointment_id: 3,
    });
    expect(toAmendment(diabetes, amendmentFormFor(diabetes, { reason: 'x', code: 'e11.9' }), null)).toBeNull();
  });

  it('ending a treatment sends the end date; blank optional fields clear them', () => {
    const ended = amendmentFormFor(metformin, { end_date: '2025-04-01', reason: 'Intolerancia' });
    expect(toAmendment(metformin, ended, null)).toEqual({ reason: 'Intolerancia', end_date: '2025-04-01' });
    const cleared = { ...amendmentFormFor(metformin), reason: 'Sin seguimiento', dose: ' ', diagnosis_id: '', follow_up_days: '' };
    expect(toAmendment(metformin, cleared, null)).toEqual({
      reason: 'Sin seguimiento',
      dose: null,
      diagnosis_id: null,
      follow_up_days: null,
    });
  });

  it('nothing changed: nothing to send', () => {
    expect(toAmendment(metformin, { ...amendmentFormFor(metformin), reason: 'x' }, null)).toBeNull();
  });

  it('asks for a reason and checks the fields of the kind', () => {
    expect(validateAmendment(amendmentFormFor(metformin, { end_date: '2024-01-01' }))).toEqual({
      reason: 'records.errors.reasonRequired',
      end_date: 'records.errors.endBeforeStart',
    });
    expect(validateAmendment({ ...amendmentFormFor(diabetes), reason: 'ok' })).toEqual({});
  });
});
