import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patientQueryKey } from '@/features/patients/api/get-patient';
import { patientsQueryKey } from '@/features/patients/api/list-patients';
import { api } from '@/lib/api-client';
import type { Patient, PatientLink } from '@/lib/api-models';

/**
 * Registers a patient of another clinic at one of the secretary's: 200 with the patient;
 * 404 when no patient has exactly that document and birth date; 422 naming the field.
 */
export function linkPatient(body: PatientLink) {
  return api.post<Patient>('/api/v1/patient-links', body);
}

export function useLinkPatient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkPatient,
    onSuccess: (patient) => {
      queryClient.setQueryData(patientQueryKey(patient.id), patient);
      void queryClient.invalidateQueries({ queryKey: [...patientsQueryKey, 'list'] });
    },
  });
}
