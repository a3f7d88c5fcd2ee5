import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Page, Patient } from '@/lib/api-models';

/** First 20 patients matching `q` (document number prefix, or words of the name). */
export const patientSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['patients', 'list', 'picker', q],
    queryFn: ({ signal }) => api.get<Page<Patient>>('/api/v1/patients', { query: { q, limit: 20 }, signal }),
    select: (page) => page.items,
    placeholderData: keepPreviousData,
  });

export function usePatientSearch(q: string) {
  return useQuery({ ...patientSearchQueryOptions(q), enabled: q !== '' });
}
