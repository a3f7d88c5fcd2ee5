import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api-models';
import {
  canCreatePatients,
  canEditPatients,
  canManageAppointments,
  canOpenCharts,
  canUseArea,
  navItemsFor,
  type AreaId,
} from '@/lib/navigation';

describe('navItemsFor', () => {
  const cases: { role: Role; paths: string[] }[] = [
    {
      role: 'admin',
      paths: ['/', '/agenda', '/waiting-room', '/users', '/clinics', '/practices', '/doctors', '/patients', '/follow-up', '/sms/inbox', '/sms/phone-problems', '/sms-templates', '/audit', '/emergency-accesses', '/statistics', '/password'],
    },
    {
      role: 'secretary',
      paths: ['/', '/agenda', '/waiting-room', '/patients', '/follow-up', '/sms/inbox', '/sms/phone-problems', '/doctors', '/practices', '/statistics', '/password'],
    },
    { role: 'doctor', paths: ['/', '/today', '/waiting-room', '/patients', '/practices', '/statistics', '/password'] },
    { role: 'patient', paths: ['/', '/my-appointments', '/me/record', '/me/access-log', '/me/profile', '/password'] },
  ];
  it.each(cases)('$role sees $paths', ({ role, paths }) => {
    expect(navItemsFor(role).map((i) => i.path)).toEqual(paths);
  });

  it('labels each item by its area', () => {
    expect(navItemsFor('patient').map((i) => i.labelKey)).toEqual([
      'nav.home',
      'nav.myAppointments',
      'nav.myRecord',
      'nav.recordAccessLog',
      'nav.profile',
      'nav.password',
    ]);
  });
});

describe('canUseArea', () => {
  const cases: { role: Role; area: AreaId; allowed: boolean }[] = [
    { role: 'admin', area: 'users', allowed: true },
    { role: 'admin', area: 'smsTemplates', allowed: true },
    { role: 'secretary', area: 'smsTemplates', allowed: false },
    { role: 'secretary', area: 'followUpWorklist', allowed: true },
    { role: 'admin', area: 'followUpWorklist', allowed: true },
    { role: 'doctor', area: 'followUpWorklist', allowed: false },
    { role: 'patient', area: 'followUpWorklist', allowed: false },
    { role: 'admin', area: 'audit', allowed: true },
    { role: 'admin', area: 'clinics', allowed: true },
    { role: 'admin', area: 'profile', allowed: false },
    { role: 'secretary', area: 'users', allowed: false },
    { role: 'secretary', area: 'audit', allowed: false },
    { role: 'secretary', area: 'clinics', allowed: false },
    { role: 'secretary', area: 'doctors', allowed: true },
    { role: 'doctor', area: 'users', allowed: false },
    { role: 'doctor', area: 'doctors', allowed: false },
    { role: 'doctor', area: 'patients', allowed: true },
    { role: 'patient', area: 'audit', allowed: false },
    { role: 'patient', area: 'patients', allowed: false },
    { role: 'patient', area: 'profile', allowed: true },
    { role: 'patient', area: 'home', allowed: true },
    { role: 'patient', area: 'password', allowed: true },
    { role: 'admin', area: 'agenda', allowed: true },
    { role: 'secretary', area: 'agenda', allowed: true },
    { role: 'doctor', area: 'agenda', allowed: false },
    { role: 'doctor', area: 'today', allowed: true },
    { role: 'secretary', area: 'today', allowed: false },
    { role: 'patient', area: 'myAppointments', allowed: true },
    { role: 'patient', area: 'agenda', allowed: false },
    { role: 'secretary', area: 'waitingRoom', allowed: true },
    { role: 'doctor', area: 'waitingRoom', allowed: true },
    { role: 'admin', area: 'waitingRoom', allowed: true },
    { role: 'patient', area: 'waitingRoom', allowed: false },
    { role: 'patient', area: 'myRecord', allowed: true },
    { role: 'patient', area: 'recordAccessLog', allowed: true },
    { role: 'doctor', area: 'myRecord', allowed: false },
    { role: 'admin', area: 'emergencyAccesses', allowed: true },
    { role: 'doctor', area: 'emergencyAccesses', allowed: false },
    { role: 'secretary', area: 'emergencyAccesses', allowed: false },
    { role: 'secretary', area: 'statistics', allowed: true },
    { role: 'patient', area: 'statistics', allowed: false },
    { role: 'secretary', area: 'smsInbox', allowed: true },
    { role: 'secretary', area: 'phoneProblems', allowed: true },
    { role: 'admin', area: 'smsInbox', allowed: true },
    { role: 'doctor', area: 'smsInbox', allowed: false },
    { role: 'patient', area: 'phoneProblems', allowed: false },
  ];
  it.each(cases)('$role on $area → $allowed', ({ role, area, allowed }) => {
    expect(canUseArea(role, area)).toBe(allowed);
  });
});

describe('patient permissions', () => {
  it('lets only secretaries register and edit', () => {
    expect((['admin', 'secretary', 'doctor', 'patient'] as Role[]).map(canCreatePatients)).toEqual([false, true, false, false]);
    expect((['admin', 'secretary', 'doctor', 'patient'] as Role[]).map(canEditPatients)).toEqual([false, true, false, false]);
  });
});

describe('canManageAppointments', () => {
  it('lets only secretaries book and change turnos', () => {
    expect((['admin', 'secretary', 'doctor', 'patient'] as Role[]).map(canManageAppointments)).toEqual([false, true, false, false]);
  });
});

describe('canOpenCharts', () => {
  it('lets only doctors open a clinical chart', () => {
    expect((['admin', 'secretary', 'doctor', 'patient'] as Role[]).map(canOpenCharts)).toEqual([false, false, true, false]);
  });
});
