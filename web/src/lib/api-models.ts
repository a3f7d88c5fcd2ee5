// Names for the generated schema types, so the rest of the app never spells
// `components['schemas'][...]`. Regenerate api-types.ts with `npm run gen:api`.
import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Role = Schemas['Role'];
export type AuditEvent = Schemas['AuditEvent'];
export type Problem = Schemas['Problem'];

export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export type LoginRequest = Schemas['LoginRequest'];
export type LoginResponse = Schemas['LoginResponse'];
export type PasswordChange = Schemas['PasswordChange'];
export type UserCreate = Schemas['UserCreate'];
export type UserUpdate = Schemas['UserUpdate'];
