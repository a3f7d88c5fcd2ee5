import { useMutation, useQueryClient } from '@tanstack/react-query';
import { practicesQueryKey } from '@/features/practices/api/list-practices';
import { api } from '@/lib/api-client';
import type { ImportResult } from '@/lib/api-models';

/** All rows or none: 200 {created, updated}, or 422 naming each bad "rows[N].column". */
export function importNomenclatorCsv(nomenclatorId: number, csv: string) {
  return api.postText<ImportResult>(`/api/v1/nomenclators/${nomenclatorId}/import`, csv, 'text/csv; charset=utf-8');
}

export function useImportNomenclatorCsv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ nomenclatorId, csv }: { nomenclatorId: number; csv: string }) =>
      importNomenclatorCsv(nomenclatorId, csv),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...practicesQueryKey, 'list'] }),
  });
}
