import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clinicQueryKey } from '@/features/clinics/api/get-clinic';
import { clinicsQueryKey } from '@/features/clinics/api/list-clinics';
import { api } from '@/lib/api-client';
import type { Clinic, ClinicUpdate } from '@/lib/api-models';

export function updateClinic(id: number, body: ClinicUpdate) {
  return api.patch<Clinic>(`/api/v1/clinics/${id}`, body);
}

/** Any subset of fields: the edit form sends them all, "Desactivar" only {active: false}. */
export function useUpdateClinic(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClinicUpdate) => updateClinic(id, body),
    onSuccess: (clinic) => {
      queryClient.setQueryData(clinicQueryKey(id), clinic);
      void queryClient.invalidateQueries({ queryKey: [...clinicsQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...clinicsQueryKey, 'catalog'] });
    },
  });
}
