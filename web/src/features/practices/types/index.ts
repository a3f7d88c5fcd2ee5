export interface PracticeListFilters {
  q?: string;
  nomenclator_id?: number;
}

export interface PracticeFormValues {
  code: string;
  name: string;
  specialty: string;
  duration_minutes: string;
  active: boolean;
  clinic_ids: number[];
}

/** One bad CSV row as the import screen lists it. */
export interface CsvRowError {
  /** 1-based line number in the file (the header counts), or null for a file-level problem. */
  row: number | null;
  /** CSV column (code, name, specialty, duration), or null when the whole row is wrong. */
  column: string | null;
  message: string;
}
