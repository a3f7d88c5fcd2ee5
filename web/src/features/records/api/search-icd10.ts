import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Icd10Code } from '@/features/records/types';
import { api } from '@/lib/api-client';
import type { Page } from '@/lib/api-models';

const kSuggestions = 20;

/** Codes (E11, e119) or words of the title; only codes that can be a diagnosis, best first. */
export function searchIcd10(q: string, signal?: AbortSignal) {
  return api.get<Page<Icd10Code>>('/api/v1/icd10', { query: { q, limit: kSuggestions }, signal });
}

export const icd10SearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['icd10', q],
    queryFn: ({ signal }) => searchIcd10(q, signal),
    select: (page) => page.items,
    // The catalog does not change while the app runs.
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });

export function useIcd10Search(q: string) {
  return useQuery({ ...icd10SearchQueryOptions(q), enabled: q !== '' });
}
