import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { PracticeListFilters } from '@/features/practices/types';
import { api } from '@/lib/api-client';
import type { Page, Practice } from '@/lib/api-models';

export const practicesQueryKey = ['practices'] as const;

export function listPractices(filters: PracticeListFilters, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<Practice>>('/api/v1/practices', {
    query: { q: filters.q, nomenclator_id: filters.nomenclator_id, limit: 50, cursor },
    signal,
  });
}

export const practicesInfiniteQueryOptions = (filters: PracticeListFilters) =>
  infiniteQueryOptions({
    queryKey: [...practicesQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listPractices(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });

export function usePractices(filters: PracticeListFilters) {
  return useInfiniteQuery(practicesInfiniteQueryOptions(filters));
}
