import type { Role } from '@/lib/api-models';
import type { components } from '@/lib/api-types';

/** What the filter form holds: dates as yyyy-mm-dd from the DateInput fields. */
export interface AuditFilters {
  userId: string;
  patientId: string;
  action: string;
  from: string;
  to: string;
}

export const kEmptyAuditFilters: AuditFilters = { userId: '', patientId: '', action: '', from: '', to: '' };

/** An audit event as the table reads it (features/audit/utils/sentences.ts). */
export interface AuditEntry {
  id: number;
  occurredAt: Date;
  actorUserId: number | null;
  actorUsername: string | null;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  objectType: string | null;
  objectId: number | null;
  objectName: string | null;
  patientId: number | null;
  patientName: string | null;
  emergency: boolean;
  /** Non-clinical facts of the event (field names changed, clinic id, ...). */
  details: Record<string, unknown>;
}

/** The emergency-access report's filter: days as yyyy-mm-dd, either may be blank. */
export interface DayRange {
  from: string;
  to: string;
}

export type EmergencyAccess = components['schemas']['EmergencyAccess'];
export type AuditVerification = components['schemas']['AuditVerification'];
