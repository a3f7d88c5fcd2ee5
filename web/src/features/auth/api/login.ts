import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/features/auth/api/get-me';
import { api } from '@/lib/api-client';
import type { LoginRequest, LoginResponse } from '@/lib/api-models';
import { setToken } from '@/lib/session';

export function login(body: LoginRequest): Promise<LoginResponse> {
  return api.post<LoginResponse>('/api/v1/auth/login', body);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (response) => {
      queryClient.clear();
      setToken(response.token);
      queryClient.setQueryData(meQueryKey, response.user);
    },
  });
}
