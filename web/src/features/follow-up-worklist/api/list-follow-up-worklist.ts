import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { Worklist } from '@/features/follow-up-worklist/types';
import { api } from '@/lib/api-client';

/** Overdue follow-up plans without a booked visit, most overdue first (one clinic, or every one in view). */
export function listFollowUpWorklist(clinicId: number | null, cursor: string | null, signal?: AbortSignal) {
  return api.get<Worklist>('/api/v1/follow-up-worklist', { query: { clinic_id: clinicId, limit: 50, cursor }, signal });
}

// Under 'appointments' too: a booking made from the list invalidates the appointments and so refreshes it.
export const followUpWorklistQueryKey = (clinicId: number | null) => ['appointments', 'follow-up-worklist', clinicId] as const;

export const followUpWorklistQueryOptions = (clinicId: number | null) =>
  infiniteQueryOptions({
    queryKey: followUpWorklistQueryKey(clinicId),
    queryFn: ({ pageParam, signal }) => listFollowUpWorklist(clinicId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    select: (data) => data.pages.flatMap((p) => p.items),
  });

export function useFollowUpWorklist(clinicId: number | null) {
  return useInfiniteQuery(followUpWorklistQueryOptions(clinicId));
}
