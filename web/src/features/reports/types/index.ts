import type { components } from '@/lib/api-types';

type Schemas = components['schemas'];

export type DoctorPerformanceReport = Schemas['DoctorPerformanceReport'];
export type RoomOccupancyReport = Schemas['RoomOccupancyReport'];
export type PopulationHealthReport = Schemas['PopulationHealthReport'];
export type CareGap = Schemas['CareGap'];
export type CareGapList = Schemas['CareGapList'];
export type CareGapSummary = Schemas['CareGapSummary'];

export type ReportName = 'doctor-performance' | 'room-occupancy' | 'population-health';
export type GroupBy = 'day' | 'week' | 'month';

/** What every report screen filters by. */
export interface ReportFilters {
  clinicId: number | null;
  from: string; // YYYY-MM-DD, local days, inclusive
  to: string;
  groupBy: GroupBy | null;
}
