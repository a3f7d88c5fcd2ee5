import { queryOptions, useQuery } from '@tanstack/react-query';
import { usersQueryKey } from '@/features/users/api/list-users';
import { api } from '@/lib/api-client';
import type { User } from '@/lib/api-models';

export const userQueryKey = (id: number) => [...usersQueryKey, 'detail', id] as const;

export function getUser(id: number, signal?: AbortSignal): Promise<User> {
  return api.get<User>(`/api/v1/users/${id}`, { signal });
}

export const userQueryOptions = (id: number) =>
  queryOptions({
    queryKey: userQueryKey(id),
    queryFn: ({ signal }) => getUser(id, signal),
  });

export function useUser(id: number) {
  return useQuery(userQueryOptions(id));
}
