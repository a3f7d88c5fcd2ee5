import { createBrowserRouter, Outlet } from 'react-router';
import { HealthPulseShell } from '@/app/app-shell';
import { RequireArea } from '@/app/require-area';
import { NotFound } from '@/components/not-found';
import { RouteErrorBoundary } from '@/components/route-error-boundary';
import { RequireAuth } from '@/features/auth/components/require-auth';

// Every screen is its own chunk, loaded when its route is first visited (`lazy`): the
// sign-in page downloads only what it shows. Each route area (login, shell, home, users, clinics, practices, doctors, patients,
// profile, audit, password, agenda, today, my-appointments, waiting room, my record, its
// access log, emergency accesses, follow-up worklist, SMS templates, SMS inbox, phone problems) has its own errorElement. The waiting-room board and
// the printable turno slip are full screen, outside the shell; the chart lives under patients.
export const router = createBrowserRouter([
  { path: '/login', lazy: () => import('@/app/routes/login').then((m) => ({ Component: m.LoginRoute })), errorElement: <RouteErrorBoundary /> },
  {
    path: '/waiting-room/:id',
    element: (
      <RequireAuth>
        <RequireArea area="waitingRoom" />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [{ index: true, lazy: () => import('@/app/routes/waiting-room-board').then((m) => ({ Component: m.WaitingRoomBoardRoute })) }],
  },
  {
    path: '/appointments/:id/slip',
    element: (
      <RequireAuth>
        <Outlet />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [{ index: true, lazy: () => import('@/app/routes/appointment-slip').then((m) => ({ Component: m.AppointmentSlipRoute })) }],
  },
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
          { index: true, lazy: () => import('@/app/routes/home').then((m) => ({ Component: m.HomeRoute })), errorElement: <RouteErrorBoundary /> },
          {
            path: 'users',
            element: <RequireArea area="users" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, lazy: () => import('@/app/routes/users-list').then((m) => ({ Component: m.UsersListRoute })) },
              { path: 'new', lazy: () => import('@/app/routes/user-new').then((m) => ({ Component: m.UserNewRoute })) },
              { path: ':id', lazy: () => import('@/app/routes/user-detail').then((m) => ({ Component: m.UserDetailRoute })) },
            ],
          },
          {
            path: 'clinics',
            element: <RequireArea area="clinics" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, lazy: () => import('@/app/routes/clinics-list').then((m) => ({ Component: m.ClinicsListRoute })) },
              { path: 'new', lazy: () => import('@/app/routes/clinic-new').then((m) => ({ Component: m.ClinicNewRoute })) },
              { path: ':id', lazy: () => import('@/app/routes/clinic-detail').then((m) => ({ Component: m.ClinicDetailRoute })) },
            ],
          },
          {
            path: 'practices',
            element: <RequireArea area="practices" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/practices').then((m) => ({ Component: m.PracticesRoute })) }],
          },
          {
            path: 'doctors',
            element: <RequireArea area="doctors" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, lazy: () => import('@/app/routes/doctors-list').then((m) => ({ Component: m.DoctorsListRoute })) },
              { path: ':id', lazy: () => import('@/app/routes/doctor-detail').then((m) => ({ Component: m.DoctorDetailRoute })) },
            ],
          },
          {
            path: 'patients',
            element: <RequireArea area="patients" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, lazy: () => import('@/app/routes/patients-list').then((m) => ({ Component: m.PatientsListRoute })) },
              { path: 'new', lazy: () => import('@/app/routes/patient-new').then((m) => ({ Component: m.PatientNewRoute })) },
              { path: ':id', lazy: () => import('@/app/routes/patient-detail').then((m) => ({ Component: m.PatientDetailRoute })) },
              { path: ':id/chart', lazy: () => import('@/app/routes/patient-chart').then((m) => ({ Component: m.PatientChartRoute })) },
            ],
          },
          {
            path: 'me/profile',
            element: <RequireArea area="profile" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/profile').then((m) => ({ Component: m.ProfileRoute })) }],
          },
          {
            path: 'statistics',
            element: <RequireArea area="statistics" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/statistics').then((m) => ({ Component: m.StatisticsRoute })) }],
          },
          {
            path: 'audit',
            element: <RequireArea area="audit" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/audit').then((m) => ({ Component: m.AuditRoute })) }],
          },
          {
            path: 'password',
            element: <RequireArea area="password" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/password').then((m) => ({ Component: m.PasswordRoute })) }],
          },
          {
            path: 'agenda',
            element: <RequireArea area="agenda" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/agenda').then((m) => ({ Component: m.AgendaRoute })) }],
          },
          {
            path: 'today',
            element: <RequireArea area="today" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/today').then((m) => ({ Component: m.TodayRoute })) }],
          },
          {
            path: 'my-appointments',
            element: <RequireArea area="myAppointments" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/my-appointments').then((m) => ({ Component: m.MyAppointmentsRoute })) }],
          },
          {
            path: 'waiting-room',
            element: <RequireArea area="waitingRoom" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/waiting-room').then((m) => ({ Component: m.WaitingRoomRoute })) }],
          },
          {
            path: 'me/record',
            element: <RequireArea area="myRecord" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/my-record').then((m) => ({ Component: m.MyRecordRoute })) }],
          },
          {
            path: 'me/access-log',
            element: <RequireArea area="recordAccessLog" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/record-access-log').then((m) => ({ Component: m.RecordAccessLogRoute })) }],
          },
          {
            path: 'emergency-accesses',
            element: <RequireArea area="emergencyAccesses" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/emergency-accesses').then((m) => ({ Component: m.EmergencyAccessesRoute })) }],
          },
          {
            path: 'follow-up',
            element: <RequireArea area="followUpWorklist" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/follow-up-worklist').then((m) => ({ Component: m.FollowUpWorklistRoute })) }],
          },
          {
            path: 'sms-templates',
            element: <RequireArea area="smsTemplates" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/sms-templates').then((m) => ({ Component: m.SmsTemplatesRoute })) }],
          },
          {
            path: 'sms/inbox',
            element: <RequireArea area="smsInbox" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/sms-inbox').then((m) => ({ Component: m.SmsInboxRoute })) }],
          },
          {
            path: 'sms/phone-problems',
            element: <RequireArea area="phoneProblems" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, lazy: () => import('@/app/routes/phone-problems').then((m) => ({ Component: m.PhoneProblemsRoute })) }],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
