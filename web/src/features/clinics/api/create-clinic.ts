import { useMutation, useQueryClient } from '@tanstack/react-query';
import { clinicQueryKey } from '@/features/clinics/api/get-clinic';
import { clinicsQueryKey } from '@/features/clinics/api/list-clinics';
import { api } from '@/lib/api-client';
import type { Clinic, ClinicCreate } from '@/lib/api-models';

export function createClinic(body: ClinicCreate) {
  return api.post<Clinic>('/api/v1/clinics', body);
}

export function useCreateClinic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createClinic,
    onSuccess: (clinic) => {
      queryClient.setQueryData(clinicQueryKey(clinic.id), clinic);
      void queryClient.invalidateQueries({ queryKey: [...clinicsQueryKey, 'list'] });
      void queryClient.invalidateQueries({ queryKey: [...clinicsQueryKey, 'catalog'] });
    },
  });
}
