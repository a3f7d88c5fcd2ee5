import { useMutation, useQueryClient } from '@tanstack/react-query';
import { smsInboxQueryKey } from '@/features/sms-inbox/api/list-sms-inbox';
import type { SmsInboxMessage } from '@/features/sms-inbox/types';
import { api } from '@/lib/api-client';

export function handleSmsInboxMessage(id: number): Promise<SmsInboxMessage> {
  return api.post<SmsInboxMessage>(`/api/v1/sms/inbox/${id}/handle`);
}

export function useHandleSmsInboxMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: handleSmsInboxMessage,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: smsInboxQueryKey }),
  });
}
