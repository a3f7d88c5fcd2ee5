// How often appointment views refresh. The clinic event stream (GET /clinics/{id}/events,
// SSE) does not exist yet; until it does, views poll. When it lands, replace this with an
// EventSource that invalidates ['appointments'] on each event and return false here.
export const kAppointmentsPollMs = 30_000;

export function useLiveRefresh(_clinicId: number | null): number | false {
  return kAppointmentsPollMs;
}
