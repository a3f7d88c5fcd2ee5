import { describe, expect, it } from 'vitest';
import { kEmptyAuditFilters } from '@/features/audit/types';
import { toAuditEntry, toAuditQuery, toDayRangeQuery } from '@/features/audit/utils/audit-query';

describe('toAuditQuery', () => {
  it('sends nothing for empty filters', () => {
    expect(toAuditQuery(kEmptyAuditFilters)).toEqual({});
  });

  it('ignores a non-numeric user id and trims the action', () => {
    expect(toAuditQuery({ ...kEmptyAuditFilters, userId: 'abc', action: ' auth.login ' })).toEqual({
      action: 'auth.login',
    });
  });

  it('filters by patient id when it is a number', () => {
    expect(toAuditQuery({ ...kEmptyAuditFilters, patientId: ' 42 ' })).toEqual({ patient_id: 42 });
    expect(toAuditQuery({ ...kEmptyAuditFilters, patientId: 'Pérez' })).toEqual({});
  });

  it('turns days into a local, whole-day range', () => {
    const q = toAuditQuery({ ...kEmptyAuditFilters, userId: '7', from: '2025-03-01', to: '2025-03-01' });
    expect(q.user_id).toBe(7);
    expect(q.from).toBe(new Date(2025, 2, 1).toISOString());
    expect(q.to).toBe(new Date(2025, 2, 2).toISOString());
  });
});

describe('toDayRangeQuery', () => {
  it('sends either end alone, and nothing for blank days', () => {
    expect(toDayRangeQuery({ from: '', to: '' })).toEqual({});
    expect(toDayRangeQuery({ from: '2025-03-01', to: '' })).toEqual({ from: new Date(2025, 2, 1).toISOString() });
    expect(toDayRangeQuery({ from: '', to: '2025-03-31' })).toEqual({ to: new Date(2025, 3, 1).toISOString() });
  });
});

describe('toAuditEntry', () => {
  it('keeps the names the server joined in, and the details as facts', () => {
    const entry = toAuditEntry({
      id: 1,
      occurred_at: '2025-03-01T10:00:00-03:00',
      actor_user_id: 3,
      actor_username: null,
      action: 'user.updated',
      object_type: 'user',
      object_id: 9,
      patient_id: null,
      emergency: false,
      details: { fields: ['role'] },
      actor_name: 'Admin Demo',
      actor_role: 'admin',
      patient_name: null,
      object_name: 'Carlos Ruiz',
    });
    expect(entry.actorName).toBe('Admin Demo');
    expect(entry.actorRole).toBe('admin');
    expect(entry.objectName).toBe('Carlos Ruiz');
    expect(entry.objectId).toBe(9);
    expect(entry.details).toEqual({ fields: ['role'] });
    expect(entry.occurredAt.toISOString()).toBe('2025-03-01T13:00:00.000Z');
  });
});
