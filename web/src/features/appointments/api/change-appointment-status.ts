import { useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { Appointment, AppointmentStatusChange } from '@/features/appointments/types';
import { api } from '@/lib/api-client';

/** 409 for a move DESIGN §4 does not allow; 422 (field reason) for a cancel without a reason. */
export function changeAppointmentStatus(id: number, body: AppointmentStatusChange) {
  return api.post<Appointment>(`/api/v1/appointments/${id}/status`, body);
}

export function useChangeAppointmentStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AppointmentStatusChange }) => changeAppointmentStatus(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
