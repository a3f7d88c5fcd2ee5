import type { components } from '@/lib/api-types';

export type SmsInboxMessage = components['schemas']['SmsInboxMessage'];
export type SmsPhoneProblem = components['schemas']['SmsPhoneProblem'];
