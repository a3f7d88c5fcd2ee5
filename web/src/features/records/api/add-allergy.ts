import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { Allergy, AllergyCreate } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** 422 naming the field; 404 when the record is no longer open to the doctor. */
export function addAllergy(patientId: number, body: AllergyCreate) {
  return api.post<Allergy>(`/api/v1/patients/${patientId}/allergies`, body);
}

export function useAddAllergy(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AllergyCreate) => addAllergy(patientId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
