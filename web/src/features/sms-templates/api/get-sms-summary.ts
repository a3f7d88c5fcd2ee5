import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SmsSummary } from '@/features/sms-templates/types';
import { api } from '@/lib/api-client';

export interface SummaryPeriod {
  from: string;
  to: string;
  clinicId: number | null;
}

/** Messages due in the period by status and kind (admins: every clinic or one). */
export function getSmsSummary(period: SummaryPeriod, signal?: AbortSignal) {
  return api.get<SmsSummary>('/api/v1/sms/summary', {
    query: { from: period.from, to: period.to, clinic_id: period.clinicId },
    signal,
  });
}

export const smsSummaryQueryOptions = (period: SummaryPeriod) =>
  queryOptions({ queryKey: ['sms-summary', period], queryFn: ({ signal }) => getSmsSummary(period, signal) });

export function useSmsSummary(period: SummaryPeriod) {
  return useQuery(smsSummaryQueryOptions(period));
}
