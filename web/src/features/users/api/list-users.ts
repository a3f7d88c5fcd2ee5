import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { UserListFilters } from '@/features/users/types';
import { api } from '@/lib/api-client';
import type { Page, User } from '@/lib/api-models';

const kPageSize = 50;

export const usersQueryKey = ['users'] as const;

export function listUsers(
  filters: UserListFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<User>> {
  return api.get<Page<User>>('/api/v1/users', {
    query: {
      q: filters.q?.trim(),
      role: filters.role,
      active: filters.active,
      clinic_id: filters.clinic_id,
      limit: kPageSize,
      cursor,
    },
    signal,
  });
}

export const usersInfiniteQueryOptions = (filters: UserListFilters) =>
  infiniteQueryOptions({
    queryKey: [...usersQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listUsers(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });

export function useUsers(filters: UserListFilters) {
  return useInfiniteQuery(usersInfiniteQueryOptions(filters));
}
