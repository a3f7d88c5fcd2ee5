import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { AccessLogEntry } from '@/features/records/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

/** The patient themself and admins; 404 for everyone else. Newest first. */
export function getAccessLog(patientId: number, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<AccessLogEntry>>(`/api/v1/patients/${patientId}/access-log`, {
    query: { limit: 50, cursor },
    signal,
  });
}

export const accessLogInfiniteQueryOptions = (patientId: number) =>
  infiniteQueryOptions({
    queryKey: [...recordQueryKey(patientId), 'access-log'],
    queryFn: ({ pageParam, signal }) => getAccessLog(patientId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    select: (data) => data.pages.flatMap((p) => p.items),
  });

export function useAccessLog(patientId: number) {
  return useInfiniteQuery(accessLogInfiniteQueryOptions(patientId));
}
