import { describe, expect, it } from 'vitest';
import { kNoDoctorPrefs, loadPrefs, prefsKey, savePrefs, shownDoctors, specialtiesOf } from '@/features/appointments/utils/agenda-doctors';

const doctors = [
  { id: 1, full_name: 'Dra. Ana Pérez', specialty: 'Cardiología' },
  { id: 2, full_name: 'Dr. Tomás Núñez', specialty: 'Clínica médica' },
  { id: 3, full_name: 'Dra. Lucía Álvarez', specialty: 'Clínica médica' },
  { id: 4, full_name: 'Dr. Pedro Gómez', specialty: 'Pediatría' },
];

describe('shownDoctors', () => {
  const ids = (prefs: Partial<typeof kNoDoctorPrefs>, busy: number[] = []) =>
    shownDoctors(doctors, { ...kNoDoctorPrefs, ...prefs }, new Set(busy)).map((d) => d.id);
  it('shows everyone by name (titles aside) without a choice', () => expect(ids({})).toEqual([1, 3, 4, 2]));
  it('filters by specialty', () => expect(ids({ specialty: 'Clínica médica' })).toEqual([3, 2]));
  it('matches name words from their start, without accents', () => {
    expect(ids({ name: 'alv' })).toEqual([3]);
    expect(ids({ name: 'NUÑEZ tom' })).toEqual([2]);
    expect(ids({ name: 'erez' })).toEqual([]);
  });
  it('keeps only doctors with turnos that day', () => expect(ids({ withTurnos: true }, [4, 2])).toEqual([4, 2]));
  it('shows the doctors chosen one by one, and the filters still apply', () => {
    expect(ids({ ids: [1, 2] })).toEqual([1, 2]);
    expect(ids({ ids: [1, 2], specialty: 'Cardiología' })).toEqual([1]);
  });
  it('lists specialties once, sorted', () => expect(specialtiesOf(doctors)).toEqual(['Cardiología', 'Clínica médica', 'Pediatría']));
});

describe('prefs storage', () => {
  it('round-trips per user and clinic, and survives garbage', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const key = prefsKey(7, 3);
    expect(key).not.toEqual(prefsKey(8, 3));
    savePrefs(storage, key, { specialty: 'Pediatría', name: 'go', withTurnos: true, ids: [4] });
    expect(loadPrefs(storage, key)).toEqual({ specialty: 'Pediatría', name: 'go', withTurnos: true, ids: [4] });
    store.set(key, '{not json');
    expect(loadPrefs(storage, key)).toEqual(kNoDoctorPrefs);
    store.set(key, JSON.stringify({ ids: ['x', 2], withTurnos: 'yes' }));
    expect(loadPrefs(storage, key)).toEqual({ ...kNoDoctorPrefs, ids: [2] });
    expect(loadPrefs(null, key)).toEqual(kNoDoctorPrefs);
  });
});
