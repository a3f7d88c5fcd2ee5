import { describe, expect, it } from 'vitest';
import { isValidDuration, practiceToForm, toPracticeUpdate } from '@/features/practices/utils/practice-form';

describe('practice form', () => {
  const practice = {
    id: 1,
    nomenclator_id: 2,
    code: '420101',
    name: 'Consulta',
    specialty: 'Clínica médica',
    duration_minutes: 20,
    active: true,
    clinic_ids: [3, 1],
  };

  it('round-trips, sending sorted clinic ids and minutes as a number', () => {
    const values = { ...practiceToForm(practice), name: ' Consulta médica ', duration_minutes: ' 30 ' };
    expect(toPracticeUpdate(values)).toEqual({
      code: '420101',
      name: 'Consulta médica',
      specialty: 'Clínica médica',
      duration_minutes: 30,
      active: true,
      clinic_ids: [1, 3],
    });
  });

  it('accepts 5 to 480 whole minutes', () => {
    expect(['5', '480', ' 20 '].map(isValidDuration)).toEqual([true, true, true]);
    expect(['4', '481', '2.5', '', 'x'].map(isValidDuration)).toEqual([false, false, false, false, false]);
  });
});
