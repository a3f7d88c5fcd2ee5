// Which screens each role may use, in the order the nav lists them. The nav shows exactly
// these; a route outside them renders "No encontrado" (never a 403 page), mirroring the
// server's 404 policy.
import type { Role } from '@/lib/api-models';

export type AreaId =
  | 'home'
  | 'users'
  | 'clinics'
  | 'practices'
  | 'doctors'
  | 'patients'
  | 'profile'
  | 'audit'
  | 'password'
  | 'agenda'
  | 'today'
  | 'myAppointments'
  | 'waitingRoom'
  | 'myRecord'
  | 'recordAccessLog'
  | 'emergencyAccesses'
  | 'followUpWorklist'
  | 'smsTemplates'
  | 'statistics'
  | 'smsInbox'
  | 'phoneProblems';

export interface NavItem {
  area: AreaId;
  path: string;
  labelKey: `nav.${AreaId}`;
}

const kPaths: Record<AreaId, string> = {
  home: '/',
  users: '/users',
  clinics: '/clinics',
  practices: '/practices',
  doctors: '/doctors',
  patients: '/patients',
  profile: '/me/profile',
  audit: '/audit',
  password: '/password',
  agenda: '/agenda',
  today: '/today',
  myAppointments: '/my-appointments',
  waitingRoom: '/waiting-room',
  myRecord: '/me/record',
  recordAccessLog: '/me/access-log',
  emergencyAccesses: '/emergency-accesses',
  followUpWorklist: '/follow-up',
  smsTemplates: '/sms-templates',
  statistics: '/statistics',
  smsInbox: '/sms/inbox',
  phoneProblems: '/sms/phone-problems',
};

const kAreasByRole: Record<Role, readonly AreaId[]> = {
  admin: ['home', 'agenda', 'waitingRoom', 'users', 'clinics', 'practices', 'doctors', 'patients', 'followUpWorklist', 'smsInbox', 'phoneProblems', 'smsTemplates', 'audit', 'emergencyAccesses', 'statistics', 'password'],
  secretary: ['home', 'agenda', 'waitingRoom', 'patients', 'followUpWorklist', 'smsInbox', 'phoneProblems', 'doctors', 'practices', 'statistics', 'password'],
  doctor: ['home', 'today', 'waitingRoom', 'patients', 'practices', 'statistics', 'password'],
  patient: ['home', 'myAppointments', 'myRecord', 'recordAccessLog', 'profile', 'password'],
};

export function canUseArea(role: Role, area: AreaId): boolean {
  return kAreasByRole[role].includes(area);
}

export function navItemsFor(role: Role): NavItem[] {
  return kAreasByRole[role].map((area) => ({ area, path: kPaths[area], labelKey: `nav.${area}` as const }));
}

/** Roles that manage the directory (clinics, practices, doctors); the others only read it. */
export function canManageDirectory(role: Role): boolean {
  return role === 'admin';
}

/** Roles that register patients (POST /patients): secretaries, at their own clinics (DESIGN §5: admins read). */
export function canCreatePatients(role: Role): boolean {
  return role === 'secretary';
}

/** Roles that edit a patient's full record (admins read only; patients edit their contact data in "Mi perfil"). */
export function canEditPatients(role: Role): boolean {
  return role === 'secretary';
}

/** Roles that book and change turnos (admins see the agenda read-only; DESIGN §5). */
export function canManageAppointments(role: Role): boolean {
  return role === 'secretary';
}

/** Roles that open a patient's clinical chart and write in it (DESIGN §5: doctors; patients read their own summary). */
export function canOpenCharts(role: Role): boolean {
  return role === 'doctor';
}

/** Roles that mark SMS replies handled and phone problems resolved (DESIGN §5: admins read). */
export function canFollowUpSms(role: Role): boolean {
  return role === 'secretary';
}
