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

export type Clinic = Schemas['Clinic'];
export type ClinicCreate = Schemas['ClinicCreate'];
export type ClinicUpdate = Schemas['ClinicUpdate'];
export type OpeningHours = Schemas['OpeningHours'];
export type Floor = Schemas['Floor'];
export type FloorCreate = Schemas['FloorCreate'];
export type Room = Schemas['Room'];
export type RoomKind = Schemas['RoomKind'];
export type RoomCreate = Schemas['RoomCreate'];
export type RoomUpdate = Schemas['RoomUpdate'];
export type Nomenclator = Schemas['Nomenclator'];
export type NomenclatorCreate = Schemas['NomenclatorCreate'];
export type ImportResult = Schemas['ImportResult'];
export type Practice = Schemas['Practice'];
export type PracticeCreate = Schemas['PracticeCreate'];
export type PracticeUpdate = Schemas['PracticeUpdate'];
export type Doctor = Schemas['Doctor'];
export type DoctorUpdate = Schemas['DoctorUpdate'];
export type ScheduleBlock = Schemas['ScheduleBlock'];
export type Schedule = Schemas['Schedule'];
export type DocumentType = Schemas['DocumentType'];
export type Sex = Schemas['Sex'];
export type Patient = Schemas['Patient'];
export type PatientCreate = Schemas['PatientCreate'];
export type PatientUpdate = Schemas['PatientUpdate'];
export type PatientLink = Schemas['PatientLink'];
