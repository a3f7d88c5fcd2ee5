import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userQueryKey } from '@/features/users/api/get-user';
import { usersQueryKey } from '@/features/users/api/list-users';
import type { UserCreateValues } from '@/features/users/types';
import { api } from '@/lib/api-client';
import type { User, UserCreate } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';

export function toUserCreate(values: UserCreateValues): UserCreate {
  return {
    username: values.username.trim(),
    full_name: values.full_name.trim(),
    email: blankToNull(values.email),
    phone: blankToNull(values.phone),
    role: values.role,
    password: values.password,
  };
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
