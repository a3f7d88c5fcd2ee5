import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { EmergencyAccess, EmergencyAccessByDocument } from '@/features/records/types';
import { api } from '@/lib/api-client';

/**
 * For a patient outside the doctor's care, whom search does not show: found by document and
 * opened in one step, once the reason is on record. 404 when no patient has that document;
 * 409 when the patient is under the doctor's care already.
 */
export function openEmergencyAccessByDocument(body: EmergencyAccessByDocument) {
  return api.post<EmergencyAccess>('/api/v1/emergency-accesses', body);
}

export function useOpenEmergencyAccessByDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: openEmergencyAccessByDocument,
    // A 404 the chart may have cached for this patient is over now.
    onSuccess: (access) => queryClient.removeQueries({ queryKey: recordQueryKey(access.patient_id) }),
  });
}
