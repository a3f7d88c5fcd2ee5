import { useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { Appointment, AppointmentReschedule } from '@/features/appointments/types';
import { api } from '@/lib/api-client';

/**
 * Secretaries, and the turno's own patient (same doctor, not within 2 hours of the start:
 * 409); the same overlap (409) and field (422) checks as booking.
 */
export function rescheduleAppointment(id: number, body: AppointmentReschedule) {
  return api.patch<Appointment>(`/api/v1/appointments/${id}`, body);
}

export function useRescheduleAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AppointmentReschedule }) => rescheduleAppointment(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
