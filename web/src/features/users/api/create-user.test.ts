import { describe, expect, it } from 'vitest';
import { toUserCreate } from '@/features/users/api/create-user';
import { toUserUpdate } from '@/features/users/api/update-user';

describe('toUserCreate', () => {
  it('trims names and sends blank optional fields as null', () => {
    expect(
      toUserCreate({
        username: ' ana ',
        full_name: ' Ana Pérez ',
        email: '',
        phone: '  ',
        role: 'secretary',
        password: ' keep spaces ',
        clinic_ids: [2],
        specialty: 'ignored',
        license_number: 'ignored',
      }),
    ).toEqual({
      username: 'ana',
      full_name: 'Ana Pérez',
      email: null,
      phone: null,
      role: 'secretary',
      password: ' keep spaces ',
      clinic_ids: [2],
    });
  });

  it('sends clinics, specialty and license for a doctor', () => {
    expect(
      toUserCreate({
        username: 'doc',
        full_name: 'Dra. Ruiz',
        email: '',
        phone: '',
        role: 'doctor',
        password: 'una clave larga',
        clinic_ids: [3, 1],
        specialty: ' Pediatría ',
        license_number: ' MN 1234 ',
      }),
    ).toMatchObject({ role: 'doctor', clinic_ids: [1, 3], specialty: 'Pediatría', license_number: 'MN 1234' });
  });

  it('sends no clinics for admins and patients', () => {
    const body = toUserCreate({
      username: 'x',
      full_name: 'X',
      email: '',
      phone: '',
      role: 'admin',
      password: 'una clave larga',
      clinic_ids: [1],
      specialty: '',
      license_number: '',
    });
    expect('clinic_ids' in body || 'specialty' in body).toBe(false);
  });
});

describe('toUserUpdate', () => {
  it('sends the editable fields', () => {
    expect(
      toUserUpdate({
        full_name: 'Ana',
        email: 'ana@example.org',
        phone: '',
        role: 'doctor',
        active: false,
        clinic_ids: [2],
      }),
    ).toEqual({ full_name: 'Ana', email: 'ana@example.org', phone: null, role: 'doctor', active: false, clinic_ids: [2] });
    expect(
      toUserUpdate({ full_name: 'Ana', email: '', phone: '', role: 'admin', active: true, clinic_ids: [2] }),
    ).not.toHaveProperty('clinic_ids');
  });
});
