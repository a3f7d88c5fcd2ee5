import { useMutation, useQueryClient } from '@tanstack/react-query';
import { floorRoomsQueryKey } from '@/features/clinics/api/list-floor-rooms';
import { api } from '@/lib/api-client';
import type { Room, RoomCreate } from '@/lib/api-models';

export function createRoom(floorId: number, body: RoomCreate) {
  return api.post<Room>(`/api/v1/floors/${floorId}/rooms`, body);
}

export function useCreateRoom(floorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RoomCreate) => createRoom(floorId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: floorRoomsQueryKey(floorId) }),
  });
}
