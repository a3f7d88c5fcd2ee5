import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { RecordEntry } from '@/features/records/types';
import type { AmendmentBody } from '@/features/records/utils/record-forms';
import { api } from '@/lib/api-client';

/** A new version of the entry; 409 when `entryId` was corrected already (amend the current one). */
export function amendEntry(entryId: number, body: AmendmentBody) {
  return api.post<RecordEntry>(`/api/v1/records/entries/${entryId}/amendments`, body);
}

export function useAmendEntry(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entryId, body }: { entryId: number; body: AmendmentBody }) => amendEntry(entryId, body),
    // A 409 also means the chart is stale: reload it either way.
    onSettled: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
