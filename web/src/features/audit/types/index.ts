import type { components } from '@/lib/api-types';

/** What the filter form holds: dates as yyyy-mm-dd from <input type="date">. */
export interface AuditFilters {
  userId: string;
  patientId: string;
  action: string;
  from: string;
  to: string;
}

export const kEmptyAuditFilters: AuditFilters = { userId: '', patientId: '', action: '', from: '', to: '' };

/** An audit event as the table shows it. */
export interface AuditEntry {
  id: number;
  occurredAt: Date;
  actor: string | null;
  action: string;
  object: string | null;
  patientId: number | null;
  emergency: boolean;
  details: string;
}

/** The emergency-access report's filter: days as yyyy-mm-dd, either may be blank. */
export interface DayRange {
  from: string;
  to: string;
}

export type EmergencyAccess = components['schemas']['EmergencyAccess'];
export type AuditVerification = components['schemas']['AuditVerification'];
