import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';

import { api, setAccessToken, setBeforeRequest, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { appContext } from '../context';

type SessionDto = components['schemas']['SessionDto'];
export type SessionUser = SessionDto['user'];

type State =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; user: SessionUser; expiresAt: number; impersonated?: boolean };

interface SessionApi {
  state: State;
  signIn(email: string, password: string): Promise<void>;
  /** After an invitation or reset: the answer already holds a session. */
  adopt(session: SessionDto): void;
  signOut(): Promise<void>;
  /** Ends a superadmin's impersonation: the token is forgotten (it expires on its own). */
  endImpersonation(): void;
}

/**
 * A superadmin's impersonation arrives as `#impersonate=<token>` from the console (a fragment
 * never reaches a server or a log). It is taken out of the address at once and kept in memory
 * only: no cookie, no refresh; it ends when it expires, on "End", or with the tab.
 */
function takeImpersonation(): string | null {
  const m = /^#impersonate=([\w.-]+)$/.exec(window.location.hash);
  if (!m) return null;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  return m[1];
}

const Ctx = createContext<SessionApi | null>(null);

const tenant = appContext.realm === 'tenant';

function startSession(body: { email: string; password: string }) {
  return tenant
    ? unwrap(api.POST('/api/auth/session', { body }))
    : unwrap(api.POST('/platform/auth/session', { body }));
}

function refreshSession() {
  return tenant
    ? unwrap(api.POST('/api/auth/session/refresh'))
    : unwrap(api.POST('/platform/auth/session/refresh'));
}

function endSession() {
  return tenant
    ? unwrap(api.POST('/api/auth/session/logout'))
    : unwrap(api.POST('/platform/auth/session/logout'));
}

/**
 * The browser session: the refresh token is an httpOnly cookie the page never sees; the access
 * token is kept in memory and renewed shortly before it expires, and on a reload.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const refreshing = useRef<Promise<void> | null>(null);

  const adopt = useCallback((s: SessionDto) => {
    setAccessToken(s.accessToken);
    const next: State = {
      kind: 'signed-in',
      user: s.user,
      expiresAt: Date.now() + s.expiresIn * 1000,
    };
    stateRef.current = next;
    setState(next);
  }, []);

  const clear = useCallback(() => {
    setAccessToken(null);
    stateRef.current = { kind: 'signed-out' };
    setState({ kind: 'signed-out' });
  }, []);

  const refresh = useCallback(() => {
    refreshing.current ??= refreshSession()
      .then(adopt, clear)
      .finally(() => {
        refreshing.current = null;
      });
    return refreshing.current;
  }, [adopt, clear]);

  useEffect(() => {
    const impersonation = tenant ? takeImpersonation() : null;
    if (impersonation) {
      setAccessToken(impersonation);
      void unwrap(api.GET('/api/auth/me')).then((me) => {
        const exp = JSON.parse(
          atob(impersonation.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')),
        ) as { exp: number };
        const next: State = {
          kind: 'signed-in',
          user: { id: me.userId, email: '', name: 'Tutti support', role: me.role },
          expiresAt: exp.exp * 1000,
          impersonated: true,
        };
        stateRef.current = next;
        setState(next);
      }, clear);
    } else {
      void refresh();
    }
    setBeforeRequest(async () => {
      const s = stateRef.current;
      if (s.kind !== 'signed-in') return;
      if (s.impersonated) {
        if (s.expiresAt <= Date.now()) clear();
        return;
      }
      if (s.expiresAt - Date.now() < 30_000) await refresh();
    });
    return () => setBeforeRequest(null);
  }, [refresh]);

  const value = useMemo<SessionApi>(
    () => ({
      state,
      adopt,
      async signIn(email, password) {
        adopt(await startSession({ email, password }));
      },
      async signOut() {
        try {
          if (!(stateRef.current.kind === 'signed-in' && stateRef.current.impersonated))
            await endSession();
        } finally {
          clear();
        }
      },
      endImpersonation() {
        // Recorded beside its start; the tab forgets the token whatever the answer.
        void unwrap(api.POST('/api/auth/impersonation/end')).finally(clear);
      },
    }),
    [state, adopt, clear],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useSession(): SessionApi {
  const s = useContext(Ctx);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
