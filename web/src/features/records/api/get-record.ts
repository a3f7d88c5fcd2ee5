import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { Allergy, Diagnosis, PatientRecord, RecordAccess, RecordEntryKind, RecordPatient, TimelineGroup, Treatment } from '@/features/records/types';
import { groupTimeline, sortProblems } from '@/features/records/utils/timeline';
import { api } from '@/lib/api-client';

export const recordsQueryKey = ['records'] as const;
export const recordQueryKey = (patientId: number) => [...recordsQueryKey, patientId] as const;

const kTimelinePage = 20;

/**
 * GET /patients/{id}/record: 404 for a doctor without care (and no emergency access) as for
 * a patient that does not exist. Every read is audited, so it is not refetched on focus.
 */
export function getRecord(patientId: number, cursor: string | null, kind?: RecordEntryKind, signal?: AbortSignal) {
  return api.get<PatientRecord>(`/api/v1/patients/${patientId}/record`, {
    query: { limit: kTimelinePage, cursor, kind },
    signal,
  });
}

/** The chart as the screens show it: the current views of the first page, the timeline of every page loaded. */
export interface Chart {
  patient: RecordPatient;
  access: RecordAccess;
  problems: Diagnosis[];
  treatments: Treatment[];
  allergies: Allergy[];
  timeline: TimelineGroup[];
}

export function toChart(data: InfiniteData<PatientRecord>): Chart {
  const first = data.pages[0]!;
  return {
    patient: first.patient,
    access: first.access,
    problems: sortProblems(first.problems),
    treatments: first.treatments,
    allergies: first.allergies,
    timeline: groupTimeline(data.pages.flatMap((p) => p.timeline.items)),
  };
}

export const recordInfiniteQueryOptions = (patientId: number, kind?: RecordEntryKind) =>
  infiniteQueryOptions({
    queryKey: [...recordQueryKey(patientId), kind ?? 'all'],
    queryFn: ({ pageParam, signal }) => getRecord(patientId, pageParam, kind, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.timeline.next_cursor,
    select: toChart,
  });

/** `kind` narrows the timeline only (the patient's summary shows notes). */
export function usePatientRecord(patientId: number, kind?: RecordEntryKind) {
  return useInfiniteQuery(recordInfiniteQueryOptions(patientId, kind));
}
