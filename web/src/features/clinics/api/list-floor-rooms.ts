import { queryOptions, useQuery } from '@tanstack/react-query';
import { clinicsQueryKey } from '@/features/clinics/api/list-clinics';
import { api } from '@/lib/api-client';
import type { Page, Room } from '@/lib/api-models';

export const roomsQueryKey = [...clinicsQueryKey, 'rooms'] as const;
export const floorRoomsQueryKey = (floorId: number) => [...roomsQueryKey, floorId] as const;

/** All of a floor's rooms, ordered by code (the server sends them in one page). */
export async function listFloorRooms(floorId: number, signal?: AbortSignal): Promise<Room[]> {
  const page = await api.get<Page<Room>>(`/api/v1/floors/${floorId}/rooms`, { signal });
  return page.items;
}

export const floorRoomsQueryOptions = (floorId: number) =>
  queryOptions({ queryKey: floorRoomsQueryKey(floorId), queryFn: ({ signal }) => listFloorRooms(floorId, signal) });

export function useFloorRooms(floorId: number) {
  return useQuery(floorRoomsQueryOptions(floorId));
}
