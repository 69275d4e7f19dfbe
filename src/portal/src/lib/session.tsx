import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PortalMe } from '../../../shared/portal/portal-api';
import { portalApi, setCsrfToken } from '../api/portal-client';

type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: PortalMe };

interface SessionValue {
  state: SessionState;
  reload(): Promise<void>;
  signOut(): Promise<void>;
}
const SessionContext = createContext<SessionValue | null>(null);

/** Any failure (401 or the server unreachable) shows the sign-in page. */
async function loadSession(): Promise<SessionState> {
  try {
    const me = await portalApi.me();
    setCsrfToken(me.csrfToken);
    return { status: 'signed-in', me };
  } catch {
    return { status: 'signed-out' };
  }
}

/** Who is signed in (GET /api/portal/me), and the CSRF token every POST carries. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const reload = useCallback(() => loadSession().then(setState), []);
  const signOut = useCallback(async () => {
    await portalApi.signOut().catch(() => undefined);
    setCsrfToken('');
    setState({ status: 'signed-out' });
  }, []);
  useEffect(() => {
    let live = true;
    void loadSession().then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, []);
  return <SessionContext.Provider value={{ state, reload, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
