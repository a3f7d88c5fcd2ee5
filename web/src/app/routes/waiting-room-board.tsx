import { NotFound } from '@/components/not-found';
import { WaitingRoomBoard } from '@/features/appointments/components/waiting-room-board';
import { useRouteId } from '@/hooks/use-route-id';

/** Full screen, outside the app's frame: the page a waiting-room screen shows. */
export function WaitingRoomBoardRoute() {
  const clinicId = useRouteId();
  if (clinicId === null) return <NotFound />;
  return <WaitingRoomBoard key={clinicId} clinicId={clinicId} />;
}
