import { queryOptions, useQuery } from '@tanstack/react-query';
import { doctorQueryKey } from '@/features/doctors/api/get-doctor';
import { api } from '@/lib/api-client';
import type { Schedule } from '@/lib/api-models';

export const scheduleQueryKey = (doctorId: number) => [...doctorQueryKey(doctorId), 'schedule'] as const;

export function getSchedule(doctorId: number, signal?: AbortSignal) {
  return api.get<Schedule>(`/api/v1/doctors/${doctorId}/schedule`, { signal });
}

export const scheduleQueryOptions = (doctorId: number) =>
  queryOptions({ queryKey: scheduleQueryKey(doctorId), queryFn: ({ signal }) => getSchedule(doctorId, signal) });

export function useSchedule(doctorId: number) {
  return useQuery(scheduleQueryOptions(doctorId));
}
