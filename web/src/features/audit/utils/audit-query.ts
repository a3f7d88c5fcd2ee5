import type { AuditEntry, AuditFilters, DayRange } from '@/features/audit/types';
import type { AuditEvent } from '@/lib/api-models';

export interface AuditQuery {
  user_id?: number;
  patient_id?: number;
  action?: string;
  from?: string;
  to?: string;
}

function localMidnight(date: string, addDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + addDays);
  return d.toISOString();
}

/**
 * Dates are days in the user's time zone: "Desde" is that day's first instant, "Hasta"
 * the next day's first instant, so the day the user picked is included whole.
 */
export function toAuditQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  const userId = filters.userId.trim();
  if (/^\d+$/.test(userId)) query.user_id = Number(userId);
  const patientId = filters.patientId.trim();
  if (/^\d+$/.test(patientId)) query.patient_id = Number(patientId);
  const action = filters.action.trim();
  if (action !== '') query.action = action;
  return { ...query, ...toDayRangeQuery(filters) };
}

/** A range of whole days (the user's) as the API's from/to instants; blank days are left out. */
export function toDayRangeQuery(range: DayRange): { from?: string; to?: string } {
  const query: { from?: string; to?: string } = {};
  const from = localMidnight(range.from);
  if (from) query.from = from;
  const to = localMidnight(range.to, 1);
  if (to) query.to = to;
  return query;
}

export function toAuditEntry(event: AuditEvent): AuditEntry {
  const details = event.details && typeof event.details === 'object' ? (event.details as Record<string, unknown>) : {};
  return {
    id: event.id,
    occurredAt: new Date(event.occurred_at),
    actorUserId: event.actor_user_id,
    actorUsername: event.actor_username,
    actorName: event.actor_name,
    actorRole: event.actor_role,
    action: event.action,
    objectType: event.object_type,
    objectId: event.object_id,
    objectName: event.object_name,
    patientId: event.patient_id,
    patientName: event.patient_name,
    emergency: event.emergency,
    details,
  };
}
