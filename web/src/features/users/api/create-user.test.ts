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
      }),
    ).toEqual({
      username: 'ana',
      full_name: 'Ana Pérez',
      email: null,
      phone: null,
      role: 'secretary',
      password: ' keep spaces ',
    });
  });
});

describe('toUserUpdate', () => {
  it('sends the editable fields', () => {
    expect(
      toUserUpdate({ full_name: 'Ana', email: 'ana@example.org', phone: '', role: 'doctor', active: false }),
    ).toEqual({ full_name: 'Ana', email: 'ana@example.org', phone: null, role: 'doctor', active: false });
  });
});
