import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { clearToken } from '@/lib/session';

export function logout(): Promise<void> {
  return api.post<void>('/api/v1/auth/logout');
}

/**
 * Signing out always succeeds locally, even when the server call fails. The caller leaves
 * the signed-in screens before clearing the query cache, so nothing renders without a user.
 */
export function useLogout() {
  return useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } catch {
        // The session may already be gone on the server; the token is dropped anyway.
      }
    },
    onSettled: () => clearToken(),
  });
}
