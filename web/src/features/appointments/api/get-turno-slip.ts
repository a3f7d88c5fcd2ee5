import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Appointment } from '@/features/appointments/types';
import { api } from '@/lib/api-client';
import type { Clinic, Patient } from '@/lib/api-models';

/**
 * What the printable turno slip shows: who, when, with whom, what and where. Nothing
 * clinical (no reason, diagnosis or note): the slip travels in a pocket.
 */
export interface TurnoSlip {
  id: number;
  patientName: string;
  document: string;
  start: string;
  end: string;
  doctorName: string;
  practiceName: string;
  clinicName: string;
  clinicAddress: string;
  clinicPhone: string;
  timeZone: string;
  room: string | null;
}

export async function getTurnoSlip(id: number, signal?: AbortSignal): Promise<TurnoSlip> {
  const a = await api.get<Appointment>(`/api/v1/appointments/${id}`, { signal });
  const [p, c] = await Promise.all([
    api.get<Patient>(`/api/v1/patients/${a.patient_id}`, { signal }),
    api.get<Clinic>(`/api/v1/clinics/${a.clinic_id}`, { signal }),
  ]);
  return {
    id: a.id,
    patientName: `${p.first_name} ${p.last_name}`,
    document: `${p.document_type} ${p.document_number}`,
    start: a.start,
    end: a.end,
    doctorName: a.doctor_name ?? '',
    practiceName: a.practice_name ?? '',
    clinicName: c.name,
    clinicAddress: c.address ?? '',
    clinicPhone: c.phone ?? '',
    timeZone: c.timezone || 'America/Argentina/Buenos_Aires',
    room: a.room_code || null,
  };
}

// Under 'appointments', so a reschedule or a status change refreshes it.
export const turnoSlipQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['appointments', 'slip', id], queryFn: ({ signal }) => getTurnoSlip(id, signal) });

export function useTurnoSlip(id: number) {
  return useQuery(turnoSlipQueryOptions(id));
}
