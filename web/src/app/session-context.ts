// The session and the signed-in person, for every screen.
import { createContext, useContext } from 'react';
import type { Session, SignedInUser } from '../api/session';

export const SessionContext = createContext<{ session: Session; user: SignedInUser | null } | null>(null);

export function useSession(): { session: Session; user: SignedInUser } {
  const value = useContext(SessionContext);
  if (!value?.user) throw new Error('useSession needs a signed-in person');
  return { session: value.session, user: value.user };
}

export function useSessionObject(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSessionObject outside SessionContext');
  return value.session;
}
