import { createContext, useContext } from 'react';
import type { User } from '@/lib/api-models';

/** Provided by <RequireAuth> once GET /auth/me has answered. */
export const CurrentUserContext = createContext<User | null>(null);

/**
 * The signed-in user. Only for components rendered inside <RequireAuth>, which does not
 * render its children until the user is loaded. Reading a context rather than the query
 * cache keeps signed-in screens stable while sign-out clears the cache.
 */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser used outside <RequireAuth>');
  return user;
}
