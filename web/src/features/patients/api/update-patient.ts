import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patientQueryKey } from '@/features/patients/api/get-patient';
import { patientsQueryKey } from '@/features/patients/api/list-patients';
import { api } from '@/lib/api-client';
import type { Patient, PatientUpdate } from '@/lib/api-models';

export function updatePatient(id: number, body: PatientUpdate) {
  return api.patch<Patient>(`/api/v1/patients/${id}`, body);
}

export function useUpdatePatient(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PatientUpdate) => updatePatient(id, body),
    onSuccess: (patient) => {
      queryClient.setQueryData(patientQueryKey(id), patient);
      void queryClient.invalidateQueries({ queryKey: [...patientsQueryKey, 'list'] });
    },
  });
}
