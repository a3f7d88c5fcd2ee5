import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userQueryKey } from '@/features/users/api/get-user';
import { usersQueryKey } from '@/features/users/api/list-users';
import type { UserEditValues } from '@/features/users/types';
import { api } from '@/lib/api-client';
import type { User, UserUpdate } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';
import { worksAtClinics } from '@/lib/roles';

export function toUserUpdate(values: UserEditValues): UserUpdate {
  const body: UserUpdate = {
    full_name: values.full_name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    role: values.role,
    active: values.active,
  };
  if (worksAtClinics(values.role)) body.clinic_ids = [...values.clinic_ids].sort((a, b) => a - b);
  return body;
}

export function updateUser(id: number, body: UserUpdate): Promise<User> {
  return api.patch<User>(`/api/v1/users/${id}`, body);
}

/** PATCH with any subset of fields: the edit form sends its fields, the password form only `password`. */
export function useUpdateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserUpdate) => updateUser(id, body),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(id), user);
      void queryClient.invalidateQueries({ queryKey: [...usersQueryKey, 'list'] });
    },
  });
}
