import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  CareGapList,
  CareGapSummary,
  DoctorPerformanceReport,
  PopulationHealthReport,
  ReportFilters,
  ReportName,
  RoomOccupancyReport,
} from '@/features/reports/types';
import { api, buildUrl } from '@/lib/api-client';
import { getToken } from '@/lib/session';

type ReportOf<N extends ReportName> = N extends 'doctor-performance'
  ? DoctorPerformanceReport
  : N extends 'room-occupancy'
    ? RoomOccupancyReport
    : PopulationHealthReport;

function reportQuery(filters: ReportFilters) {
  return { clinic_id: filters.clinicId, from: filters.from, to: filters.to, group_by: filters.groupBy };
}

export function getReport<N extends ReportName>(name: N, filters: ReportFilters, signal?: AbortSignal) {
  return api.get<ReportOf<N>>(`/api/v1/reports/${name}`, { query: reportQuery(filters), signal });
}

export const reportQueryOptions = <N extends ReportName>(name: N, filters: ReportFilters) =>
  queryOptions({
    queryKey: ['reports', name, filters],
    queryFn: ({ signal }) => getReport(name, filters, signal),
    placeholderData: keepPreviousData,
    // The figures are at most a minute old on the server; refresh as often.
    refetchInterval: 60_000,
  });

export function useReport<N extends ReportName>(name: N, filters: ReportFilters, enabled = true) {
  return useQuery({ ...reportQueryOptions(name, filters), enabled });
}

export interface CareGapFilters {
  clinicId: number | null;
  condition: string | null;
  since: string;
}

export const careGapsQueryOptions = (filters: CareGapFilters) =>
  queryOptions({
    queryKey: ['reports', 'care-gaps', filters],
    queryFn: ({ signal }) =>
      api.get<CareGapList>('/api/v1/reports/care-gaps', {
        query: { clinic_id: filters.clinicId, condition: filters.condition, since: filters.since, limit: 200 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });

export function useCareGaps(filters: CareGapFilters, enabled = true) {
  return useQuery({ ...careGapsQueryOptions(filters), enabled });
}

/** How many care gaps the list holds (the default `since`: six months before the clinics' today). */
export function useCareGapCount(clinicId: number | null = null) {
  return useQuery({
    queryKey: ['reports', 'care-gaps', 'summary', clinicId],
    queryFn: ({ signal }) =>
      api.get<CareGapSummary>('/api/v1/reports/care-gaps/summary', { query: { clinic_id: clinicId }, signal }),
    refetchInterval: 60_000,
  });
}

/** Fetches the report as CSV (with the session's token) and saves it under the server's file name. */
export async function downloadReportCsv(name: ReportName, filters: ReportFilters): Promise<void> {
  const token = getToken();
  const response = await fetch(buildUrl(`/api/v1/reports/${name}`, { ...reportQuery(filters), format: 'csv' }), {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    credentials: 'same-origin',
  });
  if (!response.ok) throw new Error(`CSV ${response.status}`);
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `${name}.csv`;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
