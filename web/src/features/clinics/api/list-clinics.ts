import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { ClinicListFilters } from '@/features/clinics/types';
import { api } from '@/lib/api-client';
import type { Clinic, Page } from '@/lib/api-models';

export const clinicsQueryKey = ['clinics'] as const;

export function listClinics(filters: ClinicListFilters, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<Clinic>>('/api/v1/clinics', {
    query: { active: filters.active, limit: 50, cursor },
    signal,
  });
}

export const clinicsInfiniteQueryOptions = (filters: ClinicListFilters) =>
  infiniteQueryOptions({
    queryKey: [...clinicsQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listClinics(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });

export function useClinics(filters: ClinicListFilters) {
  return useInfiniteQuery(clinicsInfiniteQueryOptions(filters));
}
