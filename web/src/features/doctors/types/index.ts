export interface DoctorListFilters {
  clinic_id?: number;
  specialty?: string;
  q?: string;
}

export interface DoctorProfileValues {
  specialty: string;
  license_number: string;
  clinic_ids: number[];
}

/** One block of the schedule editor; `key` survives reordering and removals. */
export interface BlockRow {
  key: string;
  weekday: number;
  clinic_id: string;
  from: string;
  to: string;
}

/** Server messages for one block: beside a field, or about the whole block (an overlap). */
export interface BlockErrors {
  block?: string;
  clinic_id?: string;
  weekday?: string;
  from?: string;
  to?: string;
}
