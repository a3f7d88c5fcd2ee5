import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userQueryKey } from '@/features/users/api/get-user';
import { usersQueryKey } from '@/features/users/api/list-users';
import type { UserCreateValues } from '@/features/users/types';
import { api } from '@/lib/api-client';
import type { User, UserCreate } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';
import { worksAtClinics } from '@/lib/roles';

export function toUserCreate(values: UserCreateValues): UserCreate {
  const body: UserCreate = {
    username: values.username.trim(),
    full_name: values.full_name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    role: values.role,
    password: values.password,
  };
  // The server refuses clinics for admins and patients, and a doctor profile for non-doctors.
  if (worksAtClinics(values.role)) body.clinic_ids = [...values.clinic_ids].sort((a, b) => a - b);
  if (values.role === 'doctor') {
    body.specialty = values.specialty.trim();
    body.license_number = blankToNull(values.license_number);
  }
  return body;
}

export function createUser(body: UserCreate): Promise<User> {
  return api.post<User>('/api/v1/users', body);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: UserCreateValues) => createUser(toUserCreate(values)),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(user.id), user);
      void queryClient.invalidateQueries({ queryKey: [...usersQueryKey, 'list'] });
    },
  });
}
