import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import type { ClinicChoice } from '@/features/patients/types';
import { useClinicsCatalog } from '@/hooks/use-clinics-catalog';

/** The signed-in secretary's active clinics (from /auth/me clinic_ids), where she registers patients. */
export function useOwnClinics() {
  const user = useCurrentUser();
  const catalog = useClinicsCatalog();
  const choices: ClinicChoice[] = (catalog.data ?? [])
    .filter((c) => c.active && user.clinic_ids.includes(c.id))
    .map((c) => ({ id: c.id, name: c.name }));
  return { catalog, choices };
}
