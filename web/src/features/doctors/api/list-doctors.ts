import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { DoctorListFilters } from '@/features/doctors/types';
import { api } from '@/lib/api-client';
import type { Doctor, Page } from '@/lib/api-models';

export const doctorsQueryKey = ['doctors'] as const;

export function listDoctors(filters: DoctorListFilters, cursor: string | null, signal?: AbortSignal) {
  return api.get<Page<Doctor>>('/api/v1/doctors', {
    query: { clinic_id: filters.clinic_id, specialty: filters.specialty, q: filters.q, limit: 50, cursor },
    signal,
  });
}

export const doctorsInfiniteQueryOptions = (filters: DoctorListFilters) =>
  infiniteQueryOptions({
    queryKey: [...doctorsQueryKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => listDoctors(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
    placeholderData: keepPreviousData,
  });

export function useDoctors(filters: DoctorListFilters) {
  return useInfiniteQuery(doctorsInfiniteQueryOptions(filters));
}
