import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { EmergencyAccess } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** Doctors only; 422 on reason; 409 when the patient is under the doctor's care already. */
export function openEmergencyAccess(patientId: number, reason: string) {
  return api.post<EmergencyAccess>(`/api/v1/patients/${patientId}/emergency-access`, { reason });
}

export function useOpenEmergencyAccess(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => openEmergencyAccess(patientId, reason),
    // A 409 (under care already) also means the record opens now.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
