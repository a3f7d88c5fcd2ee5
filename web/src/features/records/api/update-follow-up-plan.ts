import { useMutation, useQueryClient } from '@tanstack/react-query';
import { followUpPlansQueryKey } from '@/features/records/api/get-follow-up-plans';
import type { FollowUpPlan, FollowUpPlanUpdate } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** Pauses, resumes or ends a plan (or changes its interval or due date); 409 once it has ended. */
export function updateFollowUpPlan(planId: number, body: FollowUpPlanUpdate) {
  return api.patch<FollowUpPlan>(`/api/v1/follow-up-plans/${planId}`, body);
}

export function useUpdateFollowUpPlan(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: number; body: FollowUpPlanUpdate }) => updateFollowUpPlan(planId, body),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: followUpPlansQueryKey(patientId) }),
  });
}
