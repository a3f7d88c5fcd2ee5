import { useMutation, useQueryClient } from '@tanstack/react-query';
import { practicesQueryKey } from '@/features/practices/api/list-practices';
import { api } from '@/lib/api-client';
import type { Practice, PracticeUpdate } from '@/lib/api-models';

export function updatePractice(id: number, body: PracticeUpdate) {
  return api.patch<Practice>(`/api/v1/practices/${id}`, body);
}

export function useUpdatePractice(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PracticeUpdate) => updatePractice(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: practicesQueryKey }),
  });
}
