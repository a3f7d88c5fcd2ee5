import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleQueryKey } from '@/features/doctors/api/get-schedule';
import { api } from '@/lib/api-client';
import type { Schedule } from '@/lib/api-models';

/** Replaces the whole week; answers the stored schedule. */
export function putSchedule(doctorId: number, body: Schedule) {
  return api.put<Schedule>(`/api/v1/doctors/${doctorId}/schedule`, body);
}

export function usePutSchedule(doctorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schedule) => putSchedule(doctorId, body),
    onSuccess: (schedule) => queryClient.setQueryData(scheduleQueryKey(doctorId), schedule),
  });
}
