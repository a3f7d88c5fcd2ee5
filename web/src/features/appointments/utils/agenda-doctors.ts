// Which doctors the day view shows: a real clinic has 30+ doctors, so the secretary picks
// them (by specialty, by name, only those with turnos that day, or one by one), and the
// choice is remembered per user and clinic in localStorage.

export interface DoctorChoice {
  id: number;
  full_name: string;
  specialty: string;
}

export interface DoctorPrefs {
  /** '' for every specialty. */
  specialty: string;
  /** Words each of which must start a word of the name, accent- and case-free. */
  name: string;
  /** Only doctors with a live turno on the day shown. */
  withTurnos: boolean;
  /** Doctors chosen one by one; empty means every doctor the filters let through. */
  ids: number[];
}

export const kNoDoctorPrefs: DoctorPrefs = { specialty: '', name: '', withTurnos: false, ids: [] };

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('es');
}

/** The doctors shown, sorted by name; `busy` holds the doctors with a live turno that day. */
export function shownDoctors(
  doctors: readonly DoctorChoice[],
  prefs: DoctorPrefs,
  busy: ReadonlySet<number>,
): DoctorChoice[] {
  const words = fold(prefs.name).split(/\s+/).filter(Boolean);
  return doctors
    .filter((d) => prefs.ids.length === 0 || prefs.ids.includes(d.id))
    .filter((d) => prefs.specialty === '' || d.specialty === prefs.specialty)
    .filter((d) => {
      const nameWords = fold(d.full_name).split(/[\s.,]+/);
      return words.every((w) => nameWords.some((n) => n.startsWith(w)));
    })
    .filter((d) => !prefs.withTurnos || busy.has(d.id))
    .sort((a, b) => sortName(a.full_name).localeCompare(sortName(b.full_name), 'es'));
}

/** A name as sorted: without a leading title ("Dra. Ana Pérez" sorts as "Ana Pérez"). */
export function sortName(fullName: string): string {
  return fullName.replace(/^(dr|dra|lic|lica|prof)\.?\s+/i, '');
}

/** The specialties of the clinic's doctors, sorted. */
export function specialtiesOf(doctors: readonly DoctorChoice[]): string[] {
  return [...new Set(doctors.map((d) => d.specialty).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'es'));
}

export function prefsKey(userId: number, clinicId: number): string {
  return `healthpulse.agenda.doctors.${userId}.${clinicId}`;
}

/** The saved choice, or none when absent or unreadable. */
export function loadPrefs(storage: Pick<Storage, 'getItem'> | null, key: string): DoctorPrefs {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return kNoDoctorPrefs;
    const v = JSON.parse(raw) as Partial<DoctorPrefs>;
    return {
      specialty: typeof v.specialty === 'string' ? v.specialty : '',
      name: typeof v.name === 'string' ? v.name : '',
      withTurnos: v.withTurnos === true,
      ids: Array.isArray(v.ids) ? v.ids.filter((id): id is number => Number.isInteger(id)) : [],
    };
  } catch {
    return kNoDoctorPrefs;
  }
}

export function savePrefs(storage: Pick<Storage, 'setItem'> | null, key: string, prefs: DoctorPrefs): void {
  try {
    storage?.setItem(key, JSON.stringify(prefs));
  } catch {
    // Storage full or disabled: the choice lasts until the page is left.
  }
}
