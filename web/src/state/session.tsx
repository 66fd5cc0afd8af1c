import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiFailure, rememberCsrfToken, SESSION_LOST, unwrap } from '../api/client';
import type { SessionOrg, SessionState } from '../api/types';
import { hasChosenLocale, isLocale, useI18n } from '../i18n';

interface Session {
  /** null until the first answer arrives. */
  state: SessionState | null;
  /** Set when the session could not be loaded at all (the server is unreachable). */
  error: ApiFailure | null;
  activeOrg: SessionOrg | null;
  /** Owners and admins manage members, invitations and keys. */
  canManage: boolean;
  /** Replaces the state with one a call answered (sign-in, sign-up, switch…). */
  accept(state: SessionState): void;
  refresh(): Promise<SessionState | null>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const { setLocale } = useI18n();
  const [state, setState] = useState<SessionState | null>(null);
  const [error, setError] = useState<ApiFailure | null>(null);
  const userId = useRef<string | undefined>(undefined);

  const accept = useCallback(
    (next: SessionState) => {
      rememberCsrfToken(next.csrfToken);
      // The account's language follows the user to a device where no language was chosen yet.
      if (next.user && userId.current !== next.user.id && !hasChosenLocale() && isLocale(next.user.locale)) {
        setLocale(next.user.locale);
      }
      userId.current = next.user?.id;
      setState(next);
      setError(null);
    },
    [setLocale],
  );

  const refresh = useCallback(async () => {
    try {
      const next = await unwrap(api.auth.session.$get());
      accept(next);
      return next;
    } catch (err) {
      setError(err instanceof ApiFailure ? err : new ApiFailure(0, 'network', String(err)));
      return null;
    }
  }, [accept]);

  useEffect(() => {
    void refresh();
    const lost = () => void refresh();
    window.addEventListener(SESSION_LOST, lost);
    return () => window.removeEventListener(SESSION_LOST, lost);
  }, [refresh]);

  const value = useMemo<Session>(() => {
    const activeOrg = state?.organizations.find((o) => o.id === state.activeOrgId) ?? null;
    return {
      state,
      error,
      activeOrg,
      canManage: activeOrg?.role === 'owner' || activeOrg?.role === 'admin',
      accept,
      refresh,
    };
  }, [state, error, accept, refresh]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
