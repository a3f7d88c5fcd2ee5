import { queryOptions, useQuery } from '@tanstack/react-query';
import { doctorsQueryKey } from '@/features/doctors/api/list-doctors';
import { api } from '@/lib/api-client';
import type { Doctor } from '@/lib/api-models';

export const doctorQueryKey = (id: number) => [...doctorsQueryKey, 'detail', id] as const;

export function getDoctor(id: number, signal?: AbortSignal) {
  return api.get<Doctor>(`/api/v1/doctors/${id}`, { signal });
}

export const doctorQueryOptions = (id: number) =>
  queryOptions({ queryKey: doctorQueryKey(id), queryFn: ({ signal }) => getDoctor(id, signal) });

export function useDoctor(id: number) {
  return useQuery(doctorQueryOptions(id));
}
