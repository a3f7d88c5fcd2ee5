import { describe, expect, it } from 'vitest';
import type { Role } from '@/lib/api-models';
import { canUseArea, navItemsFor, type AreaId } from '@/lib/navigation';

describe('navItemsFor', () => {
  const cases: { role: Role; paths: string[] }[] = [
    { role: 'admin', paths: ['/', '/users', '/audit', '/password'] },
    { role: 'secretary', paths: ['/', '/password'] },
    { role: 'doctor', paths: ['/', '/password'] },
    { role: 'patient', paths: ['/', '/password'] },
  ];
  it.each(cases)('$role sees $paths', ({ role, paths }) => {
    expect(navItemsFor(role).map((i) => i.path)).toEqual(paths);
  });
});

describe('canUseArea', () => {
  const cases: { role: Role; area: AreaId; allowed: boolean }[] = [
    { role: 'admin', area: 'users', allowed: true },
    { role: 'admin', area: 'audit', allowed: true },
    { role: 'secretary', area: 'users', allowed: false },
    { role: 'secretary', area: 'audit', allowed: false },
    { role: 'doctor', area: 'users', allowed: false },
    { role: 'patient', area: 'audit', allowed: false },
    { role: 'patient', area: 'home', allowed: true },
    { role: 'patient', area: 'password', allowed: true },
  ];
  it.each(cases)('$role on $area → $allowed', ({ role, area, allowed }) => {
    expect(canUseArea(role, area)).toBe(allowed);
  });
});
