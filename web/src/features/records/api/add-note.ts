import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordQueryKey } from '@/features/records/api/get-record';
import type { Note, NoteCreate } from '@/features/records/types';
import { api } from '@/lib/api-client';

/** 422 naming the field; 404 when the record is no longer open to the doctor. */
export function addNote(patientId: number, body: NoteCreate) {
  return api.post<Note>(`/api/v1/patients/${patientId}/notes`, body);
}

export function useAddNote(patientId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteCreate) => addNote(patientId, body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recordQueryKey(patientId) }),
  });
}
