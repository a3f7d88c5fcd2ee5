import { describe, expect, it } from 'vitest';
import { waitingRoomBoardQueryKey } from '@/features/appointments/api/get-waiting-room-board';
import { appointmentsQueryKey } from '@/features/appointments/api/list-appointments';
import { boardClinics, boardRefetchInterval, justCalled, kBoardRefreshMs } from '@/features/appointments/utils/waiting-room';

describe('the board query key', () => {
  it('sits under the appointments key, which every live event invalidates', () => {
    expect(waitingRoomBoardQueryKey(7).slice(0, appointmentsQueryKey.length)).toEqual([...appointmentsQueryKey]);
    expect(waitingRoomBoardQueryKey(7)).not.toEqual(waitingRoomBoardQueryKey(8));
  });
});

describe('boardRefetchInterval', () => {
  it.each([
    { live: false as const, want: kBoardRefreshMs },
    { live: 30_000, want: 30_000 },
    { live: 120_000, want: kBoardRefreshMs },
  ])('stream polling $live → $want', ({ live, want }) => {
    expect(boardRefetchInterval(live)).toBe(want);
  });
});

describe('justCalled', () => {
  const now = new Date('2026-11-27T15:00:00Z');
  it.each([
    { since: '2026-11-27T14:59:30Z', want: true },
    { since: '2026-11-27T14:59:00Z', want: false },
    { since: '2026-11-27T14:30:00Z', want: false },
    { since: '2026-11-27T15:00:20Z', want: true },
    { since: 'not a time', want: false },
  ])('since $since → $want', ({ since, want }) => {
    expect(justCalled({ since }, now)).toBe(want);
  });
});

describe('boardClinics', () => {
  const clinics = [
    { id: 1, active: true },
    { id: 2, active: true },
    { id: 3, active: false },
  ];
  it.each([
    { role: 'admin' as const, clinic_ids: [], want: [1, 2] },
    { role: 'secretary' as const, clinic_ids: [2, 3], want: [2] },
    { role: 'doctor' as const, clinic_ids: [1], want: [1] },
    { role: 'patient' as const, clinic_ids: [], want: [] },
  ])('$role at $clinic_ids → $want', ({ role, clinic_ids, want }) => {
    expect(boardClinics(clinics, { role, clinic_ids }).map((c) => c.id)).toEqual(want);
  });
});
