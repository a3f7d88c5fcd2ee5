// The record's lists as the chart shows them. The server already orders them; these keep
// the order right when pages are joined (an entry's versions may straddle two pages).
import type { Diagnosis, RecordEntry, TimelineGroup } from '@/features/records/types';

/**
 * Joins the versions of each entry (same original_id): the current version first, then the
 * versions it corrected, newest first. Entries keep the order of their first appearance
 * (the server's: newest entry first), so loading another page only appends.
 */
export function groupTimeline(entries: readonly RecordEntry[]): TimelineGroup[] {
  const byOriginal = new Map<number, RecordEntry[]>();
  for (const entry of entries) {
    const versions = byOriginal.get(entry.original_id);
    if (versions) {
      if (!versions.some((v) => v.id === entry.id)) versions.push(entry);
    } else {
      byOriginal.set(entry.original_id, [entry]);
    }
  }
  return [...byOriginal.entries()].map(([originalId, versions]) => {
    const sorted = [...versions].sort((a, b) => b.id - a.id);
    // The current version is the one nothing corrects; while a page with it is missing,
    // the newest loaded one stands in.
    const current = sorted.find((v) => !v.superseded) ?? sorted[0]!;
    return { originalId, current, superseded: sorted.filter((v) => v !== current) };
  });
}

/** The problem list: active diagnoses only, chronic first, then newest first. */
export function sortProblems(diagnoses: readonly Diagnosis[]): Diagnosis[] {
  return diagnoses
    .filter((d) => d.status === 'active' && !d.superseded)
    .sort((a, b) => Number(b.chronic) - Number(a.chronic) || b.created_at.localeCompare(a.created_at) || b.id - a.id);
}

/** Whether an entry was written to correct another. */
export function isAmendment(entry: RecordEntry): boolean {
  return entry.amends_id !== null;
}
