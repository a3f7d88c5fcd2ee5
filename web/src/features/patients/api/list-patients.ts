import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, Patient } from '@/lib/api-models';

export const patientsQueryKey = ['patients'] as const;

/** q of digits: document number prefix; otherwise words of the name (accent-insensitive). */
export function listPatients(q: string, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<Patient>>('/api/v1/patients', { query: { q, limit: 50, cursor }, signal });
}

export const patientsInfiniteQueryOptions = (q: string) =>
  infiniteQueryOptions({
    queryKey: [...patientsQueryKey, 'list', q],
    queryFn: ({ pageParam, signal }) => listPatients(q, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    // Keep the previous results on screen while the next keystroke's answer arrives.
    placeholderData: keepPreviousData,
  });

export function usePatients(q: string) {
  return useInfiniteQuery(patientsInfiniteQueryOptions(q));
}
