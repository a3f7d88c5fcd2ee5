import { useMutation, useQueryClient } from '@tanstack/react-query';
import { smsTemplatesQueryKey } from '@/features/sms-templates/api/list-sms-templates';
import type { SmsTemplate, SmsTemplateList, SmsTemplateUpdate } from '@/features/sms-templates/types';
import { api } from '@/lib/api-client';

/** Replaces a template's text; 422 naming body when the text or a placeholder is wrong. */
export function updateSmsTemplate(kind: string, body: SmsTemplateUpdate) {
  return api.put<SmsTemplate>(`/api/v1/sms-templates/${encodeURIComponent(kind)}`, body);
}

export function useUpdateSmsTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, body }: { kind: string; body: string }) => updateSmsTemplate(kind, { body }),
    // The saved template shows at once (the editor closes on success), then the list reloads.
    onSuccess: (saved) => {
      queryClient.setQueryData<SmsTemplateList>(smsTemplatesQueryKey, (list) =>
        list ? { ...list, items: list.items.map((t) => (t.kind === saved.kind ? saved : t)) } : list,
      );
      void queryClient.invalidateQueries({ queryKey: smsTemplatesQueryKey });
    },
  });
}
