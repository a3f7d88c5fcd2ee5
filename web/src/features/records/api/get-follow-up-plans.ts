import { queryOptions, useQuery } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { FollowUpPlan } from '@/features/records/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

/** The patient's follow-up plans, newest first (one page of up to 200: a chart shows a handful). */
export function getFollowUpPlans(patientId: number, signal?: AbortSignal) {
  return api.get<Page<FollowUpPlan>>('/api/v1/follow-up-plans', { query: { patient_id: patientId, limit: 200 }, signal });
}

// Under the record's key, so writing a treatment (which may make or end a plan) reloads them.
export const followUpPlansQueryKey = (patientId: number) => [...recordQueryKey(patientId), 'follow-up-plans'] as const;

export const followUpPlansQueryOptions = (patientId: number) =>
  queryOptions({
    queryKey: followUpPlansQueryKey(patientId),
    queryFn: ({ signal }) => getFollowUpPlans(patientId, signal),
    select: (page) => page.items,
  });

export function useFollowUpPlans(patientId: number) {
  return useQuery(followUpPlansQueryOptions(patientId));
}
