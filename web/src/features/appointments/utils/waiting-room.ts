// The waiting-room screen's small decisions, kept out of the components so they are tested.
import type { BoardLine } from '@/features/appointments/types';
import type { Clinic, Role } from '@/lib/api-models';

/** Board refetch while the live stream is connected: a slow safety net (doctors' streams carry only their own turnos, and the day changes at midnight). */
export const kBoardRefreshMs = 60_000;

/** How long a patient just called in stays highlighted on the board. */
export const kJustCalledMs = 60_000;

/** The board's refetch interval, given use-live-refresh's (false while the stream is connected). */
export function boardRefetchInterval(livePolling: number | false): number {
  return livePolling === false ? kBoardRefreshMs : Math.min(livePolling, kBoardRefreshMs);
}

/** Whether the patient was called in (entered consultation) less than `windowMs` ago. */
export function justCalled(line: Pick<BoardLine, 'since'>, now: Date, windowMs = kJustCalledMs): boolean {
  const since = Date.parse(line.since);
  return Number.isFinite(since) && now.getTime() - since >= -windowMs && now.getTime() - since < windowMs;
}

/** The clinics whose board a user may show: any active one for admins, their own for secretaries and doctors, none for patients. */
export function boardClinics<C extends Pick<Clinic, 'id' | 'active'>>(
  clinics: readonly C[],
  user: { role: Role; clinic_ids: readonly number[] },
): C[] {
  if (user.role === 'patient') return [];
  return clinics.filter((c) => c.active && (user.role === 'admin' || user.clinic_ids.includes(c.id)));
}
