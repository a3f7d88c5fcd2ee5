import { queryOptions, useQuery } from '@tanstack/react-query';
import { practicesQueryKey } from '@/features/practices/api/list-practices';
import { api } from '@/lib/api-client';
import type { Nomenclator, Page } from '@/lib/api-models';

export const nomenclatorsQueryKey = [...practicesQueryKey, 'nomenclators'] as const;

/** Every nomenclator (there are few), for filters and pickers. */
export async function listAllNomenclators(signal?: AbortSignal): Promise<Nomenclator[]> {
  const all: Nomenclator[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Nomenclator> = await api.get<Page<Nomenclator>>('/api/v1/nomenclators', {
      query: { limit: 200, cursor },
      signal,
    });
    all.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return all;
}

export const nomenclatorsQueryOptions = () =>
  queryOptions({ queryKey: nomenclatorsQueryKey, queryFn: ({ signal }) => listAllNomenclators(signal) });

export function useNomenclators() {
  return useQuery(nomenclatorsQueryOptions());
}
