import { queryOptions, useQuery } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { SmsMessage } from '@/features/records/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

/** The patient's SMS messages, newest first (the last 50: a chart shows recent ones). */
export function getSmsMessages(patientId: number, signal?: AbortSignal) {
  return api.get<Page<SmsMessage>>('/api/v1/sms', { query: { patient_id: patientId, limit: 50 }, signal });
}

export const smsMessagesQueryKey = (patientId: number) => [...recordQueryKey(patientId), 'sms'] as const;

export const smsMessagesQueryOptions = (patientId: number) =>
  queryOptions({
    queryKey: smsMessagesQueryKey(patientId),
    queryFn: ({ signal }) => getSmsMessages(patientId, signal),
    select: (page) => page.items,
  });

export function useSmsMessages(patientId: number) {
  return useQuery(smsMessagesQueryOptions(patientId));
}
