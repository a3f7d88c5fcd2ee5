// Which screens each role may use. The nav shows exactly these; a route outside them
// renders "No encontrado" (never a 403 page), mirroring the server's 404 policy.
import type { Role } from '@/lib/api-models';

export type AreaId = 'home' | 'users' | 'audit' | 'password';

export interface NavItem {
  area: AreaId;
  path: string;
  labelKey: `nav.${AreaId}`;
}

const kAreas: readonly (NavItem & { roles: readonly Role[] })[] = [
  { area: 'home', path: '/', labelKey: 'nav.home', roles: ['admin', 'secretary', 'doctor', 'patient'] },
  { area: 'users', path: '/users', labelKey: 'nav.users', roles: ['admin'] },
  { area: 'audit', path: '/audit', labelKey: 'nav.audit', roles: ['admin'] },
  { area: 'password', path: '/password', labelKey: 'nav.password', roles: ['admin', 'secretary', 'doctor', 'patient'] },
];

export function canUseArea(role: Role, area: AreaId): boolean {
  return kAreas.some((a) => a.area === area && a.roles.includes(role));
}

export function navItemsFor(role: Role): NavItem[] {
  return kAreas
    .filter((a) => a.roles.includes(role))
    .map(({ area, path, labelKey }) => ({ area, path, labelKey }));
}
