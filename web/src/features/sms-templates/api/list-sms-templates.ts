import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SmsTemplateList } from '@/features/sms-templates/types';
import { api } from '@/lib/api-client';

/** Every SMS template (admins), with its preview and the placeholders' sample values. */
export function listSmsTemplates(signal?: AbortSignal) {
  return api.get<SmsTemplateList>('/api/v1/sms-templates', { signal });
}

export const smsTemplatesQueryKey = ['sms-templates'] as const;

export const smsTemplatesQueryOptions = () =>
  queryOptions({ queryKey: smsTemplatesQueryKey, queryFn: ({ signal }) => listSmsTemplates(signal) });

export function useSmsTemplates() {
  return useQuery(smsTemplatesQueryOptions());
}
