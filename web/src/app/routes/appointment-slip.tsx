import { NotFound } from '@/components/not-found';
import { TurnoSlipPage } from '@/features/appointments/components/turno-slip';
import { useRouteId } from '@/hooks/use-route-id';

/** Full page, outside the app's frame: the printable slip of a turno the caller may see. */
export function AppointmentSlipRoute() {
  const id = useRouteId();
  if (id === null) return <NotFound />;
  return <TurnoSlipPage key={id} id={id} />;
}
