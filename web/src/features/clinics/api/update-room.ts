import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roomsQueryKey } from '@/features/clinics/api/list-floor-rooms';
import { api } from '@/lib/api-client';
import type { Room, RoomUpdate } from '@/lib/api-models';

export function updateRoom(id: number, body: RoomUpdate) {
  return api.patch<Room>(`/api/v1/rooms/${id}`, body);
}

/** A room may move to another floor, so every floor's list is refreshed. */
export function useUpdateRoom(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomUpdate) => updateRoom(id, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: roomsQueryKey }),
  });
}
