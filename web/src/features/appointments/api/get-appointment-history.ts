import { queryOptions, useQuery } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { AppointmentEvent } from '@/features/appointments/types';
import { api } from '@/lib/api-client';

export const appointmentHistoryQueryKey = (id: number) => [...appointmentsQueryKey, 'history', id] as const;

export function getAppointmentHistory(id: number, signal?: AbortSignal) {
  return api.get<{ items: AppointmentEvent[] }>(`/api/v1/appointments/${id}/history`, { signal });
}

export const appointmentHistoryQueryOptions = (id: number) =>
  queryOptions({
    queryKey: appointmentHistoryQueryKey(id),
    queryFn: ({ signal }) => getAppointmentHistory(id, signal),
    select: (answer) => answer.items,
    staleTime: 0,
  });

export function useAppointmentHistory(id: number) {
  return useQuery(appointmentHistoryQueryOptions(id));
}
