import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { SmsInboxMessage } from '@/features/sms-inbox/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

export const smsInboxQueryKey = ['sms-inbox'] as const;

/** SMS replies nobody could act on, newest first: of the secretary's clinics (admins: all). */
export function listSmsInbox(status: 'open' | 'handled', cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<SmsInboxMessage>>('/api/v1/sms/inbox', { query: { status, limit: 50, cursor }, signal });
}

export const smsInboxInfiniteQueryOptions = (status: 'open' | 'handled') =>
  infiniteQueryOptions({
    queryKey: [...smsInboxQueryKey, status],
    queryFn: ({ pageParam, signal }) => listSmsInbox(status, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    select: (data) => data.pages.flatMap((p) => p.items),
  });

export function useSmsInbox(status: 'open' | 'handled') {
  return useInfiniteQuery(smsInboxInfiniteQueryOptions(status));
}
