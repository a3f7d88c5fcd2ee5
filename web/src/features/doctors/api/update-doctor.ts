import { useMutation, useQueryClient } from '@tanstack/react-query';
import { doctorQueryKey } from '@/features/doctors/api/get-doctor';
import { doctorsQueryKey } from '@/features/doctors/api/list-doctors';
import type { DoctorProfileValues } from '@/features/doctors/types';
import { api } from '@/lib/api-client';
import type { Doctor, DoctorUpdate } from '@/lib/api-models';
import { blankToNull } from '@/lib/form-errors';

export function toDoctorUpdate(values: DoctorProfileValues): DoctorUpdate {
  return {
    specialty: values.specialty.trim(),
    license_number: blankToNull(values.license_number),
    clinic_ids: [...values.clinic_ids].sort((a, b) => a - b),
  };
}

export function updateDoctor(id: number, body: DoctorUpdate) {
  return api.patch<Doctor>(`/api/v1/doctors/${id}`, body);
}

export function useUpdateDoctor(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: DoctorProfileValues) => updateDoctor(id, toDoctorUpdate(values)),
    onSuccess: (doctor) => {
      queryClient.setQueryData(doctorQueryKey(id), doctor);
      void queryClient.invalidateQueries({ queryKey: [...doctorsQueryKey, 'list'] });
    },
  });
}
