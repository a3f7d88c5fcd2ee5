import { queryOptions, useQuery } from '@tanstack/react-query';
import { patientsQueryKey } from '@/features/patients/api/list-patients';
import { api } from '@/lib/api-client';
import type { Patient } from '@/lib/api-models';

export const patientQueryKey = (id: number) => [...patientsQueryKey, 'detail', id] as const;

export function getPatient(id: number, signal?: AbortSignal) {
  return api.get<Patient>(`/api/v1/patients/${id}`, { signal });
}

export const patientQueryOptions = (id: number) =>
  queryOptions({ queryKey: patientQueryKey(id), queryFn: ({ signal }) => getPatient(id, signal) });

export function usePatient(id: number) {
  return useQuery(patientQueryOptions(id));
}
