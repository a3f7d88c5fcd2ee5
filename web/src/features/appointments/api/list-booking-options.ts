// What a patient chooses from when booking: the active practices (of a clinic and a
// specialty when those are chosen), and the doctors of a specialty across the network.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { fetchAll } from '@/features/appointments/api/list-clinic-directory';
import type { Doctor, Practice } from '@/lib/api-models';

export const activePracticesQueryOptions = () =>
  queryOptions({
    queryKey: ['practices', 'list', 'active'],
    queryFn: ({ signal }) => fetchAll<Practice>('/api/v1/practices', { active: true }, signal),
  });

/** Active practices offered at `clinicId` of `specialty` (the server compares it without accents or case); any when null. */
export const offeredPracticesQueryOptions = (clinicId: number | null, specialty: string | null) =>
  queryOptions({
    queryKey: ['practices', 'list', 'active', clinicId, specialty],
    queryFn: ({ signal }) =>
      fetchAll<Practice>(
        '/api/v1/practices',
        { active: true, ...(clinicId !== null ? { clinic_id: clinicId } : {}), ...(specialty !== null ? { specialty } : {}) },
        signal,
      ),
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

export function useOfferedPractices(clinicId: number | null, specialty: string | null) {
  return useQuery({ ...offeredPracticesQueryOptions(clinicId, specialty), placeholderData: (previous) => previous });
}

export function useSpecialtyDoctors(specialty: string | null) {
  return useQuery({ ...specialtyDoctorsQueryOptions(specialty ?? ''), enabled: specialty !== null });
}
