import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditVerification } from '@/features/audit/types';
import { api } from '@/lib/api-client';

/** Walks the whole chain (itself audited): run on request only, never on mount. */
export function verifyAuditChain(signal?: AbortSignal) {
  return api.get<AuditVerification>('/api/v1/audit-events/verification', { signal });
}

export const auditVerificationQueryOptions = () =>
  queryOptions({
    queryKey: ['audit-verification'],
    queryFn: ({ signal }) => verifyAuditChain(signal),
    enabled: false,
    staleTime: 0,
    gcTime: 0,
  });

export function useAuditVerification() {
  return useQuery(auditVerificationQueryOptions());
}
