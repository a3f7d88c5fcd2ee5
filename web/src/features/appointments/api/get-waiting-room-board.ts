import { queryOptions, useQuery } from '@tanstack/react-query';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import type { WaitingRoomBoard } from '@/features/appointments/types';
import { api } from '@/lib/api-client';

/**
 * Under `appointmentsQueryKey`, so every clinic event use-live-refresh receives (and every
 * booking or status change made from this browser) refetches the board as well.
 */
export const waitingRoomBoardQueryKey = (clinicId: number) => [...appointmentsQueryKey, 'board', clinicId] as const;

/** 404 for a clinic the caller may not watch (patients never may). */
export function getWaitingRoomBoard(clinicId: number, signal?: AbortSignal) {
  return api.get<WaitingRoomBoard>(`/api/v1/clinics/${clinicId}/board`, { signal });
}

export const waitingRoomBoardQueryOptions = (clinicId: number) =>
  queryOptions({
    queryKey: waitingRoomBoardQueryKey(clinicId),
    queryFn: ({ signal }) => getWaitingRoomBoard(clinicId, signal),
    staleTime: 0,
  });

export function useWaitingRoomBoard(clinicId: number, refetchInterval: number) {
  // The screen hangs in a waiting room, often unfocused: keep it fresh in the background too.
  return useQuery({ ...waitingRoomBoardQueryOptions(clinicId), refetchInterval, refetchIntervalInBackground: true });
}
