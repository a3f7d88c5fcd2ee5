/** What the filter form holds: dates as yyyy-mm-dd from <input type="date">. */
export interface AuditFilters {
  userId: string;
  action: string;
  from: string;
  to: string;
}

export const kEmptyAuditFilters: AuditFilters = { userId: '', action: '', from: '', to: '' };

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
