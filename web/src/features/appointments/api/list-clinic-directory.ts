// The pickers' data for one clinic: its doctors, rooms and practices. The appointments
// feature reads these routes itself (features do not import each other).
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, type QueryValue } from '@/lib/api-client';
import type { Doctor, Page, Practice, Room } from '@/lib/api-models';

/** Every item of a paged list, following the cursor. */
export async function fetchAll<T>(path: string, query: Record<string, QueryValue>, signal?: AbortSignal): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await api.get<Page<T>>(path, { query: { ...query, limit: 200, cursor }, signal });
    all.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return all;
}

export const clinicDoctorsQueryOptions = (clinicId: number) =>
  queryOptions({
    queryKey: ['doctors', 'clinic', clinicId],
    queryFn: ({ signal }) => fetchAll<Doctor>('/api/v1/doctors', { clinic_id: clinicId }, signal),
    select: (doctors) => doctors.filter((d) => d.active !== false),
  });

export const clinicRoomsQueryOptions = (clinicId: number) =>
  queryOptions({
    queryKey: ['clinics', 'rooms', clinicId],
    queryFn: ({ signal }) => fetchAll<Room>('/api/v1/rooms', { clinic_id: clinicId }, signal),
    select: (rooms) => rooms.filter((r) => r.active),
  });

/** The clinic's practices; only those of `specialty` (a doctor's) when given. */
export const clinicPracticesQueryOptions = (clinicId: number, specialty?: string) =>
  queryOptions({
    queryKey: specialty === undefined ? ['practices', 'clinic', clinicId] : ['practices', 'clinic', clinicId, specialty],
    queryFn: ({ signal }) =>
      fetchAll<Practice>('/api/v1/practices', { clinic_id: clinicId, ...(specialty !== undefined ? { specialty } : {}) }, signal),
    select: (practices) => practices.filter((p) => p.active),
  });

export function useClinicDoctors(clinicId: number | null) {
  return useQuery({ ...clinicDoctorsQueryOptions(clinicId ?? 0), enabled: clinicId !== null });
}

export function useClinicRooms(clinicId: number | null) {
  return useQuery({ ...clinicRoomsQueryOptions(clinicId ?? 0), enabled: clinicId !== null });
}

export function useClinicPractices(clinicId: number | null, specialty?: string, enabled = true) {
  return useQuery({ ...clinicPracticesQueryOptions(clinicId ?? 0, specialty), enabled: clinicId !== null && enabled });
}
