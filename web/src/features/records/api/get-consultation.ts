import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { components } from '@/lib/api-types';
import type { Page } from '@/lib/api-models';

type Appointment = components['schemas']['Appointment'];

/**
 * The doctor's turno with the patient that is in progress now, if any: entries written
 * meanwhile carry it (and its clinic). Its key starts with 'appointments', so the day
 * list's status changes refresh it.
 */
export function getConsultation(doctorId: number, patientId: number, signal?: AbortSignal) {
  return api
    .get<Page<Appointment>>('/api/v1/appointments', {
      query: { doctor_id: doctorId, patient_id: patientId, status: 'in_progress', limit: 1 },
      signal,
    })
    .then((page) => page.items[0] ?? null);
}

export const consultationQueryOptions = (doctorId: number, patientId: number) =>
  queryOptions({
    queryKey: ['appointments', 'consultation', doctorId, patientId],
    queryFn: ({ signal }) => getConsultation(doctorId, patientId, signal),
  });

export function useConsultation(doctorId: number | null, patientId: number) {
  return useQuery({ ...consultationQueryOptions(doctorId ?? 0, patientId), enabled: doctorId !== null });
}
