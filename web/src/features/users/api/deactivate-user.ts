import { useMutation, useQueryClient } from '@tanstack/react-query';
import { userQueryKey } from '@/features/users/api/get-user';
import { usersQueryKey } from '@/features/users/api/list-users';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-models';

export function deactivateUser(id: number): Promise<User> {
  return api.post<User>(`/api/v1/users/${id}/deactivate`);
}

export function useDeactivateUser(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deactivateUser(id),
    onSuccess: (user) => {
      queryClient.setQueryData(userQueryKey(id), user);
      void queryClient.invalidateQueries({ queryKey: [...usersQueryKey, 'list'] });
    },
  });
}
