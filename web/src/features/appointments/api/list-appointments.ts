import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Appointment, AppointmentFilters } from '@/features/appointments/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

export const appointmentsQueryKey = ['appointments'] as const;

/** Pages the agenda reads at most for one view (200 each); past that it says it is truncated. */
const kMaxPages = 10;

export interface AppointmentWindow {
  items: Appointment[];
  truncated: boolean;
}

/** Every appointment matching the filters (ordered by start), following the cursor. */
export async function listAppointments(filters: AppointmentFilters, signal?: AbortSignal): Promise<AppointmentWindow> {
  const items: Appointment[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < kMaxPages; page++) {
    const answer: Page<Appointment> = await api.get<Page<Appointment>>('/api/v1/appointments', {
      query: { ...filters, limit: 200, cursor },
      signal,
    });
    items.push(...answer.items);
    cursor = answer.next_cursor;
    if (cursor === null) return { items, truncated: false };
  }
  return { items, truncated: true };
}

export const appointmentsQueryOptions = (filters: AppointmentFilters) =>
  queryOptions({
    queryKey: [...appointmentsQueryKey, 'list', filters],
    queryFn: ({ signal }) => listAppointments(filters, signal),
    placeholderData: keepPreviousData,
  });

/** `refetchInterval`: see use-live-refresh (polling until the clinic event stream exists). */
export function useAppointments(filters: AppointmentFilters, options: { enabled?: boolean; refetchInterval?: number | false } = {}) {
  return useQuery({ ...appointmentsQueryOptions(filters), ...options });
}
