import type { components } from '@/lib/api-types';

export type WorklistItem = components['schemas']['FollowUpWorklistItem'];
export type Worklist = components['schemas']['FollowUpWorklist'];
