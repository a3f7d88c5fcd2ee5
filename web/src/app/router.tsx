import { createBrowserRouter } from 'react-router';
import { HealthPulseShell } from '@/app/app-shell';
import { RequireArea } from '@/app/require-area';
import { AuditRoute } from '@/app/routes/audit';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { PasswordRoute } from '@/app/routes/password';
import { UserDetailRoute } from '@/app/routes/user-detail';
import { UserNewRoute } from '@/app/routes/user-new';
import { UsersListRoute } from '@/app/routes/users-list';
import { NotFound } from '@/components/not-found';
import { RouteErrorBoundary } from '@/components/route-error-boundary';
import { RequireAuth } from '@/features/auth/components/require-auth';

// Each route area (login, shell, home, users, audit, password) has its own errorElement.
export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <HealthPulseShell />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [
      {
        errorElement: <RouteErrorBoundary />,
        children: [
          { index: true, element: <HomeRoute />, errorElement: <RouteErrorBoundary /> },
          {
            path: 'users',
            element: <RequireArea area="users" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <UsersListRoute /> },
              { path: 'new', element: <UserNewRoute /> },
              { path: ':id', element: <UserDetailRoute /> },
            ],
          },
          {
            path: 'audit',
            element: <RequireArea area="audit" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <AuditRoute /> }],
          },
          {
            path: 'password',
            element: <RequireArea area="password" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <PasswordRoute /> }],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
