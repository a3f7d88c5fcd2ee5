import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PasswordChange } from '@/lib/api-models';

export function changePassword(body: PasswordChange): Promise<void> {
  return api.post<void>('/api/v1/auth/password', body);
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
