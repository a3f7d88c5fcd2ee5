import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { Treatment, TreatmentCreate } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** 422 naming the field; 404 when the record is no longer open to the doctor. */
export function addTreatment(patientId: number, body: TreatmentCreate) {
  return api.post<Treatment>(`/api/v1/patients/${patientId}/treatments`, body);
}

export function useAddTreatment(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TreatmentCreate) => addTreatment(patientId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
