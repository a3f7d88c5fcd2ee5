import type { Role } from '@/lib/api-models';

export interface UserListFilters {
  q?: string;
  role?: Role;
  active?: boolean;
  clinic_id?: number;
}

export interface UserCreateValues {
  username: string;
  full_name: string;
  email: string;
  phone: string;
  role: Role;
  password: string;
  /** Secretary and doctor only. */
  clinic_ids: number[];
  /** Doctor only. */
  specialty: string;
  /** Doctor only. */
  license_number: string;
}

export interface UserEditValues {
  full_name: string;
  email: string;
  phone: string;
  role: Role;
  active: boolean;
  /** Secretary and doctor only. */
  clinic_ids: number[];
}
