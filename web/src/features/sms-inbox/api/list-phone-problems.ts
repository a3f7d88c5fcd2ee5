import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { SmsPhoneProblem } from '@/features/sms-inbox/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

export const phoneProblemsQueryKey = ['sms-phone-problems'] as const;

/** Open phone problems of the patients the caller may see, newest first. */
export function listPhoneProblems(cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<SmsPhoneProblem>>('/api/v1/sms/phone-problems', { query: { status: 'open', limit: 50, cursor }, signal });
}

export const phoneProblemsInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...phoneProblemsQueryKey, 'open'],
    queryFn: ({ pageParam, signal }) => listPhoneProblems(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    select: (data) => data.pages.flatMap((p) => p.items),
  });

export function usePhoneProblems() {
  return useInfiniteQuery(phoneProblemsInfiniteQueryOptions());
}
