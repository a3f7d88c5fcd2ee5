import { useParams } from 'react-router';
import { NotFound } from '@/components/not-found';
import { UserDetail } from '@/features/users/components/user-detail';

export function UserDetailRoute() {
  const { id } = useParams();
  const userId = Number(id);
  if (!Number.isInteger(userId) || userId <= 0) return <NotFound />;
  return <UserDetail userId={userId} />;
}
