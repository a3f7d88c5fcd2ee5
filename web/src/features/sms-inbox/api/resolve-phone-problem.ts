import { useMutation, useQueryClient } from '@tanstack/react-query';
import { phoneProblemsQueryKey } from '@/features/sms-inbox/api/list-phone-problems';
import type { SmsPhoneProblem } from '@/features/sms-inbox/types';
import { api } from '@/lib/api-client';

export function resolvePhoneProblem(id: number): Promise<SmsPhoneProblem> {
  return api.post<SmsPhoneProblem>(`/api/v1/sms/phone-problems/${id}/resolve`);
}

export function useResolvePhoneProblem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolvePhoneProblem,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: phoneProblemsQueryKey }),
  });
}
