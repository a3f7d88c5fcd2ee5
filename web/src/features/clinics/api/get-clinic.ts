import { queryOptions, useQuery } from '@tanstack/react-query';
import { clinicsQueryKey } from '@/features/clinics/api/list-clinics';
import { api } from '@/lib/api-client';
import type { Clinic } from '@/lib/api-models';

export const clinicQueryKey = (id: number) => [...clinicsQueryKey, 'detail', id] as const;

export function getClinic(id: number, signal?: AbortSignal) {
  return api.get<Clinic>(`/api/v1/clinics/${id}`, { signal });
}

export const clinicQueryOptions = (id: number) =>
  queryOptions({ queryKey: clinicQueryKey(id), queryFn: ({ signal }) => getClinic(id, signal) });

export function useClinic(id: number) {
  return useQuery(clinicQueryOptions(id));
}
