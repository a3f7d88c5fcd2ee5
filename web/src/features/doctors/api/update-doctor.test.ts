import { describe, expect, it } from 'vitest';
import { toDoctorUpdate } from '@/features/doctors/api/update-doctor';

describe('toDoctorUpdate', () => {
  it('trims, sends a blank license as null and sorts clinics', () => {
    expect(toDoctorUpdate({ specialty: ' Cardiología ', license_number: ' ', clinic_ids: [3, 1] })).toEqual({
      specialty: 'Cardiología',
      license_number: null,
      clinic_ids: [1, 3],
    });
  });
});
