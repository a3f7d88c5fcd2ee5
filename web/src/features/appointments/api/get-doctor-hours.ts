import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Schedule } from '@/lib/api-models';

export const doctorHoursQueryOptions = (doctorId: number) =>
  queryOptions({
    queryKey: ['doctors', 'detail', doctorId, 'schedule'],
    queryFn: ({ signal }) => api.get<Schedule>(`/api/v1/doctors/${doctorId}/schedule`, { signal }),
    select: (schedule) => schedule.blocks,
  });

export function useDoctorHours(doctorId: number | null) {
  return useQuery({ ...doctorHoursQueryOptions(doctorId ?? 0), enabled: doctorId !== null });
}

/** The weekly hours of several doctors, by doctor id (missing while loading). */
export function useDoctorsHours(doctorIds: readonly number[]) {
  return useQueries({
    queries: doctorIds.map((id) => doctorHoursQueryOptions(id)),
    combine: (results) => {
      const byDoctor = new Map<number, Schedule['blocks']>();
      results.forEach((r, i) => {
        if (r.data) byDoctor.set(doctorIds[i]!, r.data);
      });
      return byDoctor;
    },
  });
}
