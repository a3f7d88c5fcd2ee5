import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { Diagnosis, DiagnosisCreate } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** 422 naming the field; 404 when the record is no longer open to the doctor. */
export function addDiagnosis(patientId: number, body: DiagnosisCreate) {
  return api.post<Diagnosis>(`/api/v1/patients/${patientId}/diagnoses`, body);
}

export function useAddDiagnosis(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DiagnosisCreate) => addDiagnosis(patientId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
