import { useMutation, useQueryClient } from '@tanstack/react-query';
import { floorsQueryKey } from '@/features/clinics/api/list-floors';
import { api } from '@/lib/api-client';
import type { Floor, FloorCreate } from '@/lib/api-models';

export function createFloor(clinicId: number, body: FloorCreate) {
  return api.post<Floor>(`/api/v1/clinics/${clinicId}/floors`, body);
}

export function useCreateFloor(clinicId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FloorCreate) => createFloor(clinicId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: floorsQueryKey(clinicId) }),
  });
}
