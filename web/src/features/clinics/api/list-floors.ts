import { queryOptions, useQuery } from '@tanstack/react-query';
import { clinicQueryKey } from '@/features/clinics/api/get-clinic';
import { api } from '@/lib/api-client';
import type { Floor, Page } from '@/lib/api-models';

export const floorsQueryKey = (clinicId: number) => [...clinicQueryKey(clinicId), 'floors'] as const;

/** All of a clinic's floors, ordered by number (the server sends them in one page). */
export async function listFloors(clinicId: number, signal?: AbortSignal): Promise<Floor[]> {
  const page = await api.get<Page<Floor>>(`/api/v1/clinics/${clinicId}/floors`, { signal });
  return page.items;
}

export const floorsQueryOptions = (clinicId: number) =>
  queryOptions({ queryKey: floorsQueryKey(clinicId), queryFn: ({ signal }) => listFloors(clinicId, signal) });

export function useFloors(clinicId: number) {
  return useQuery(floorsQueryOptions(clinicId));
}
