import { describe, expect, it } from 'vitest';
import type { Diagnosis, Note, RecordEntry } from '@/features/records/types';
import { groupTimeline, sortProblems } from '@/features/records/utils/timeline';

const base = {
  patient_id: 1,
  author_user_id: 5,
  author_name: 'Dr. Prueba',
  doctor_id: 2,
  clinic_id: 1,
  clinic_name: 'Clínica Centro',
  appointment_id: null,
  created_at: '2025-03-01T13:00:00Z',
};

function note(id: number, originalId = id, supersededBy: number | null = null, amendsId: number | null = null): Note {
  return {
    ...base,
    kind: 'note',
    id,
    original_id: originalId,
    amends_id: amendsId,
    amendment_reason: amendsId === null ? null : 'corrección',
    superseded: supersededBy !== null,
    superseded_by: supersededBy,
    text: `nota ${id}`,
    private: false,
  };
}

function diagnosis(id: number, chronic: boolean, createdAt: string, status: Diagnosis['status'] = 'active'): Diagnosis {
  return {
    ...base,
    kind: 'diagnosis',
    id,
    original_id: id,
    amends_id: null,
    amendment_reason: null,
    superseded: false,
    superseded_by: null,
    created_at: createdAt,
    code: 'E11.9',
    code_description: 'Diabetes',
    text: null,
    chronic,
    status,
  };
}

const ids = (groups: ReturnType<typeof groupTimeline>) =>
  groups.map((g) => [g.current.id, ...g.superseded.map((s) => s.id)]);

describe('groupTimeline', () => {
  it('keeps single entries in the order given', () => {
    expect(ids(groupTimeline([note(9), note(7), note(3)]))).toEqual([[9], [7], [3]]);
  });

  it('puts the current version first and the corrected ones after it, newest first', () => {
    const entries: RecordEntry[] = [note(12, 4, null, 10), note(10, 4, 12, 4), note(4, 4, 10), note(3)];
    const groups = groupTimeline(entries);
    expect(ids(groups)).toEqual([[12, 10, 4], [3]]);
    expect(groups[0]!.originalId).toBe(4);
  });

  it('joins versions that arrive on different pages, whatever their order', () => {
    const firstPage: RecordEntry[] = [note(8), note(4, 4, 12)];
    const secondPage: RecordEntry[] = [note(12, 4, null, 4), note(2)];
    expect(ids(groupTimeline([...firstPage, ...secondPage]))).toEqual([[8], [12, 4], [2]]);
  });

  it('lets the newest loaded version stand in while the current one is not loaded', () => {
    expect(ids(groupTimeline([note(10, 4, 12, 4), note(4, 4, 10)]))).toEqual([[10, 4]]);
  });

  it('ignores an entry repeated by overlapping pages', () => {
    expect(ids(groupTimeline([note(5), note(5), note(3)]))).toEqual([[5], [3]]);
  });
});

describe('sortProblems', () => {
  it('lists active diagnoses, chronic first, then newest first', () => {
    const sorted = sortProblems([
      diagnosis(1, false, '2025-01-01T10:00:00Z'),
      diagnosis(2, true, '2024-06-01T10:00:00Z'),
      diagnosis(3, false, '2025-02-01T10:00:00Z'),
      diagnosis(4, true, '2025-02-10T10:00:00Z'),
      diagnosis(5, true, '2025-03-01T10:00:00Z', 'resolved'),
    ]);
    expect(sorted.map((d) => d.id)).toEqual([4, 2, 3, 1]);
  });
});
