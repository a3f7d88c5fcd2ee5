import { createBrowserRouter } from 'react-router';
import { HealthPulseShell } from '@/app/app-shell';
import { RequireArea } from '@/app/require-area';
import { AgendaRoute } from '@/app/routes/agenda';
import { AuditRoute } from '@/app/routes/audit';
import { ClinicDetailRoute } from '@/app/routes/clinic-detail';
import { ClinicNewRoute } from '@/app/routes/clinic-new';
import { ClinicsListRoute } from '@/app/routes/clinics-list';
import { DoctorDetailRoute } from '@/app/routes/doctor-detail';
import { DoctorsListRoute } from '@/app/routes/doctors-list';
import { EmergencyAccessesRoute } from '@/app/routes/emergency-accesses';
import { FollowUpWorklistRoute } from '@/app/routes/follow-up-worklist';
import { HomeRoute } from '@/app/routes/home';
import { LoginRoute } from '@/app/routes/login';
import { MyAppointmentsRoute } from '@/app/routes/my-appointments';
import { MyRecordRoute } from '@/app/routes/my-record';
import { PasswordRoute } from '@/app/routes/password';
import { PatientChartRoute } from '@/app/routes/patient-chart';
import { PatientDetailRoute } from '@/app/routes/patient-detail';
import { PatientNewRoute } from '@/app/routes/patient-new';
import { PatientsListRoute } from '@/app/routes/patients-list';
import { PhoneProblemsRoute } from '@/app/routes/phone-problems';
import { PracticesRoute } from '@/app/routes/practices';
import { ProfileRoute } from '@/app/routes/profile';
import { RecordAccessLogRoute } from '@/app/routes/record-access-log';
import { SmsInboxRoute } from '@/app/routes/sms-inbox';
import { SmsTemplatesRoute } from '@/app/routes/sms-templates';
import { StatisticsRoute } from '@/app/routes/statistics';
import { TodayRoute } from '@/app/routes/today';
import { UserDetailRoute } from '@/app/routes/user-detail';
import { UserNewRoute } from '@/app/routes/user-new';
import { UsersListRoute } from '@/app/routes/users-list';
import { WaitingRoomRoute } from '@/app/routes/waiting-room';
import { WaitingRoomBoardRoute } from '@/app/routes/waiting-room-board';
import { NotFound } from '@/components/not-found';
import { RouteErrorBoundary } from '@/components/route-error-boundary';
import { RequireAuth } from '@/features/auth/components/require-auth';

// Each route area (login, shell, home, users, clinics, practices, doctors, patients,
// profile, audit, password, agenda, today, my-appointments, waiting room, my record, its
// access log, emergency accesses, follow-up worklist, SMS templates, SMS inbox, phone problems) has its own errorElement. The waiting-room board is full
// screen, outside the shell; the chart lives under patients.
export const router = createBrowserRouter([
  { path: '/login', element: <LoginRoute />, errorElement: <RouteErrorBoundary /> },
  {
    path: '/waiting-room/:id',
    element: (
      <RequireAuth>
        <RequireArea area="waitingRoom" />
      </RequireAuth>
    ),
    errorElement: <RouteErrorBoundary />,
    children: [{ index: true, element: <WaitingRoomBoardRoute /> }],
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
            path: 'clinics',
            element: <RequireArea area="clinics" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <ClinicsListRoute /> },
              { path: 'new', element: <ClinicNewRoute /> },
              { path: ':id', element: <ClinicDetailRoute /> },
            ],
          },
          {
            path: 'practices',
            element: <RequireArea area="practices" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <PracticesRoute /> }],
          },
          {
            path: 'doctors',
            element: <RequireArea area="doctors" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <DoctorsListRoute /> },
              { path: ':id', element: <DoctorDetailRoute /> },
            ],
          },
          {
            path: 'patients',
            element: <RequireArea area="patients" />,
            errorElement: <RouteErrorBoundary />,
            children: [
              { index: true, element: <PatientsListRoute /> },
              { path: 'new', element: <PatientNewRoute /> },
              { path: ':id', element: <PatientDetailRoute /> },
              { path: ':id/chart', element: <PatientChartRoute /> },
            ],
          },
          {
            path: 'me/profile',
            element: <RequireArea area="profile" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <ProfileRoute /> }],
          },
          {
            path: 'statistics',
            element: <RequireArea area="statistics" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <StatisticsRoute /> }],
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
          {
            path: 'agenda',
            element: <RequireArea area="agenda" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <AgendaRoute /> }],
          },
          {
            path: 'today',
            element: <RequireArea area="today" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <TodayRoute /> }],
          },
          {
            path: 'my-appointments',
            element: <RequireArea area="myAppointments" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <MyAppointmentsRoute /> }],
          },
          {
            path: 'waiting-room',
            element: <RequireArea area="waitingRoom" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <WaitingRoomRoute /> }],
          },
          {
            path: 'me/record',
            element: <RequireArea area="myRecord" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <MyRecordRoute /> }],
          },
          {
            path: 'me/access-log',
            element: <RequireArea area="recordAccessLog" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <RecordAccessLogRoute /> }],
          },
          {
            path: 'emergency-accesses',
            element: <RequireArea area="emergencyAccesses" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <EmergencyAccessesRoute /> }],
          },
          {
            path: 'follow-up',
            element: <RequireArea area="followUpWorklist" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <FollowUpWorklistRoute /> }],
          },
          {
            path: 'sms-templates',
            element: <RequireArea area="smsTemplates" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <SmsTemplatesRoute /> }],
          },
          {
            path: 'sms/inbox',
            element: <RequireArea area="smsInbox" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <SmsInboxRoute /> }],
          },
          {
            path: 'sms/phone-problems',
            element: <RequireArea area="phoneProblems" />,
            errorElement: <RouteErrorBoundary />,
            children: [{ index: true, element: <PhoneProblemsRoute /> }],
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
]);
