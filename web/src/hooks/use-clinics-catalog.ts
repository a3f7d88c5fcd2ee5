// Every clinic, for pickers in several screens (users, practices, doctors, patients).
// Its key starts with 'clinics', so the clinics screen's invalidations refresh it too.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Clinic, Page } from '@/lib/api-models';

export const clinicsCatalogQueryKey = ['clinics', 'catalog'] as const;

export async function fetchAllClinics(signal?: AbortSignal): Promise<Clinic[]> {
  const all: Clinic[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Clinic> = await api.get<Page<Clinic>>('/api/v1/clinics', {
      query: { limit: 200, cursor },
      signal,
    });
    all.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return all;
}

export const clinicsCatalogQueryOptions = () =>
  queryOptions({ queryKey: clinicsCatalogQueryKey, queryFn: ({ signal }) => fetchAllClinics(signal) });

export function useClinicsCatalog() {
  return useQuery(clinicsCatalogQueryOptions());
}

/** Picker options: active clinics, plus any inactive ones already chosen (so they still show). */
export function clinicOptions(clinics: readonly Clinic[], selected: readonly number[] = []) {
  return clinics
    .filter((c) => c.active || selected.includes(c.id))
    .map((c) => ({ value: String(c.id), label: c.name }));
}
