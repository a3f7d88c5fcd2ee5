import { useMutation, useQueryClient } from '@tanstack/react-query';
import { nomenclatorsQueryKey } from '@/features/practices/api/list-nomenclators';
import { api } from '@/lib/api-client';
import type { Nomenclator, NomenclatorCreate } from '@/lib/api-models';

export function createNomenclator(body: NomenclatorCreate) {
  return api.post<Nomenclator>('/api/v1/nomenclators', body);
}

export function useCreateNomenclator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createNomenclator,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: nomenclatorsQueryKey }),
  });
}
