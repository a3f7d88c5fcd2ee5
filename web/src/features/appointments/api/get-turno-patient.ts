import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Patient } from '@/lib/api-models';

/** What the agenda's turno panel shows of its patient: phone, DNI and obra social. */
export interface TurnoPatient {
  phone: string | null;
  document: string;
  insurer: string | null;
  memberNumber: string | null;
}

export async function getTurnoPatient(id: number, signal?: AbortSignal): Promise<TurnoPatient> {
  const p = await api.get<Patient>(`/api/v1/patients/${id}`, { signal });
  return {
    phone: p.phone ?? null,
    document: `${p.document_type} ${p.document_number}`,
    insurer: p.insurer ?? null,
    memberNumber: p.insurer_member_number ?? null,
  };
}

// Under 'patients', so a change of the patient's data refreshes it.
export const turnoPatientQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['patients', 'turno-panel', id], queryFn: ({ signal }) => getTurnoPatient(id, signal) });

export function useTurnoPatient(id: number) {
  return useQuery(turnoPatientQueryOptions(id));
}
