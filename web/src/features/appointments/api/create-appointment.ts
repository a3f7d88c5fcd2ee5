import { useMutation, useQueryClient } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { Appointment, AppointmentCreate } from '@/features/appointments/types';
import { api } from '@/lib/api-client';

/** 201 with the turno; 409 naming doctor_id, room_id or patient_id on overlap; 422 naming the field. */
export function createAppointment(body: AppointmentCreate) {
  return api.post<Appointment>('/api/v1/appointments', body);
}

export function useCreateAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAppointment,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: appointmentsQueryKey }),
  });
}
