import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { DayRange, EmergencyAccess } from '@/features/audit/types';
import { toDayRangeQuery } from '@/features/audit/utils/audit-query';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

/** The admins' report: emergency accesses granted in the range, newest first. */
export function listEmergencyAccesses(range: DayRange, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<EmergencyAccess>>('/api/v1/emergency-accesses', {
    query: { ...toDayRangeQuery(range), limit: 50, cursor },
    signal,
  });
}

export const emergencyAccessesInfiniteQueryOptions = (range: DayRange) =>
  infiniteQueryOptions({
    queryKey: ['emergency-accesses', range],
    queryFn: ({ pageParam, signal }) => listEmergencyAccesses(range, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    select: (data) => data.pages.flatMap((p) => p.items),
  });

export function useEmergencyAccesses(range: DayRange) {
  return useInfiniteQuery(emergencyAccessesInfiniteQueryOptions(range));
}
