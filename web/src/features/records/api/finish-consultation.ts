import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/**
 * Ends the doctor's consultation (the turno in progress → finished). 409 when the turno
 * is no longer in progress. Refreshes everything under 'appointments' (the day's list and
 * the consultation query).
 */
export function finishConsultation(appointmentId: number) {
  return api.post<unknown>(`/api/v1/appointments/${appointmentId}/status`, { status: 'finished' });
}

export function useFinishConsultation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: finishConsultation,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['appointments'] }),
  });
}
