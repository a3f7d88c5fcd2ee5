import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type SmsTemplate = Schemas['SmsTemplate'];
export type SmsTemplateList = Schemas['SmsTemplateList'];
export type SmsTemplateUpdate = Schemas['SmsTemplateUpdate'];
export type SmsSummary = Schemas['SmsSummary'];
export type SmsPlaceholder = SmsTemplateList['placeholders'][number];
export type SmsStatusCounts = SmsSummary['by_status'];
