import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { AuditEntry, AuditFilters } from '@/features/audit/types';
import { toAuditEntry, toAuditQuery } from '@/features/audit/utils/audit-query';
import { api } from '@/lib/api-client';
import type { AuditEvent, Page } from '@/lib/api-models';

const kPageSize = 50;

export async function listAuditEvents(
  filters: AuditFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<AuditEntry>> {
  const page = await api.get<Page<AuditEvent>>('/api/v1/audit-events', {
    query: { ...toAuditQuery(filters), limit: kPageSize, cursor },
    signal,
  });
  return { items: page.items.map(toAuditEntry), next_cursor: page.next_cursor };
}

export const auditEventsInfiniteQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ['audit-events', filters],
    queryFn: ({ pageParam, signal }) => listAuditEvents(filters, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.next_cursor,
  });

export function useAuditEvents(filters: AuditFilters) {
  return useInfiniteQuery(auditEventsInfiniteQueryOptions(filters));
}
