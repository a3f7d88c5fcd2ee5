import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patientQueryKey } from '@/features/patients/api/get-patient';
import { patientsQueryKey } from '@/features/patients/api/list-patients';
import { api } from '@/lib/api-client';
import type { Patient, PatientCreate } from '@/lib/api-models';

export function createPatient(body: PatientCreate) {
  return api.post<Patient>('/api/v1/patients', body);
}

export function useCreatePatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPatient,
    onSuccess: (patient) => {
      queryClient.setQueryData(patientQueryKey(patient.id), patient);
      void queryClient.invalidateQueries({ queryKey: [...patientsQueryKey, 'list'] });
    },
  });
}
