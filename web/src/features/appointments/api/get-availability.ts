import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { AvailableSlot } from '@/features/appointments/types';
import { kAvailabilityLimit } from '@/features/appointments/utils/availability';
import { api } from '@/lib/api-client';

export interface AvailabilityFilters {
  practice_id: number;
  clinic_id?: number;
  doctor_id?: number;
  /** RFC 3339 instants, at most 62 days apart. */
  from: string;
  to: string;
}

/** Under `appointmentsQueryKey`: a booking (or any appointment change seen live) refetches it. */
export const availabilityBaseKey = [...appointmentsQueryKey, 'availability'] as const;
export const availabilityQueryKey = (filters: AvailabilityFilters) => [...availabilityBaseKey, filters] as const;

/** Free slots, earliest first, at most kAvailabilityLimit; 422 naming from or to for a bad window. */
export function getAvailability(filters: AvailabilityFilters, signal?: AbortSignal) {
  return api.get<{ items: AvailableSlot[] }>('/api/v1/availability', {
    query: { ...filters, limit: kAvailabilityLimit },
    signal,
  });
}

export const availabilityQueryOptions = (filters: AvailabilityFilters) =>
  queryOptions({
    queryKey: availabilityQueryKey(filters),
    queryFn: ({ signal }) => getAvailability(filters, signal),
    select: (answer) => answer.items,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function useAvailability(filters: AvailabilityFilters | null) {
  return useQuery({ ...availabilityQueryOptions(filters ?? { practice_id: 0, from: '', to: '' }), enabled: filters !== null });
}
