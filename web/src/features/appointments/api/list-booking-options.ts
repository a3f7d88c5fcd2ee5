// What a patient chooses from when booking: every active practice, and the doctors of a
// specialty across the network.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from '@/features/appointments/api/list-clinic-directory';
import type { Doctor, Practice } from '@/lib/api-models';

export const activePracticesQueryOptions = () =>
  queryOptions({
    queryKey: ['practices', 'list', 'active'],
    queryFn: ({ signal }) => fetchAll<Practice>('/api/v1/practices', { active: true }, signal),
  });

export const specialtyDoctorsQueryOptions = (specialty: string) =>
  queryOptions({
    queryKey: ['doctors', 'specialty', specialty],
    queryFn: ({ signal }) => fetchAll<Doctor>('/api/v1/doctors', { specialty }, signal),
    select: (doctors) => doctors.filter((d) => d.active !== false),
  });

export function useActivePractices() {
  return useQuery(activePracticesQueryOptions());
}

export function useSpecialtyDoctors(specialty: string | null) {
  return useQuery({ ...specialtyDoctorsQueryOptions(specialty ?? ''), enabled: specialty !== null });
}
