import { useState } from 'react';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { useConsultation } from '@/features/records/api/get-consultation';
import type { WriteContext } from '@/features/records/types';
import { writeContext } from '@/features/records/utils/record-forms';

/**
 * Where the doctor's new entries go: the turno with this patient that is in progress, or
 * else a clinic of theirs (the first by default; they may choose another).
 */
export function useWriteContext(patientId: number) {
  const user = useCurrentUser();
  const consultation = useConsultation(user.doctor_id ?? null, patientId);
  const [chosenClinic, setChosenClinic] = useState<number | null>(null);
  const clinicId = chosenClinic ?? user.clinic_ids[0] ?? null;
  const appointment = consultation.data ?? null;
  const context: WriteContext | null = consultation.isPending && user.doctor_id != null ? null : writeContext(appointment?.id ?? null, clinicId);
  return {
    context,
    appointment,
    clinicId,
    clinicIds: user.clinic_ids,
    setClinicId: setChosenClinic,
    refresh: consultation.refetch,
  };
}
