import type { Role } from '@/lib/api-models';

export const kRoles: readonly Role[] = ['admin', 'secretary', 'doctor', 'patient'];

/** i18n key of a role's display name ("Administrador", "Secretaria", ...). */
export function roleLabelKey(role: Role): `roles.${Role}` {
  return `roles.${role}`;
}

export function isRole(value: string): value is Role {
  return (kRoles as readonly string[]).includes(value);
}

/** Secretaries and doctors work at clinics (user.clinic_ids); other roles have none. */
export function worksAtClinics(role: Role): boolean {
  return role === 'secretary' || role === 'doctor';
}
