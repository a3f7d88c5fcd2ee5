import { RouterProvider } from 'react-router/dom';
import { AppProvider } from '@/app/provider';
import { router } from '@/app/router';
import { setUnauthorizedHandler } from '@/lib/api-client';
import { setFlash } from '@/lib/flash';
import { queryClient } from '@/lib/query-client';

// Any 401 outside login means the session is over: leave for /login (the client already
// dropped the token), then forget every cached answer of the old session.
setUnauthorizedHandler(() => {
  if (router.state.location.pathname === '/login') return;
  setFlash('session_expired');
  void router.navigate('/login', { replace: true }).then(() => queryClient.clear());
});

export function App() {
  return (
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
