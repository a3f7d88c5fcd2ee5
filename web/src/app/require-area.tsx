import { Outlet } from 'react-router';
import { NotFound } from '@/components/not-found';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { canUseArea, type AreaId } from '@/lib/navigation';

/** Routes a role may not use look exactly like routes that do not exist. */
export function RequireArea({ area }: { area: AreaId }) {
  const user = useCurrentUser();
  return canUseArea(user.role, area) ? <Outlet /> : <NotFound />;
}
