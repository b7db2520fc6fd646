import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { api, onUnauthenticated, setCsrfToken } from '../api/client';
import type { SessionInfo, User } from '../api/types';

interface Session {
  user: User | null;
  /** True until the server has said whether this browser is logged in. */
  loading: boolean;
  /** Set when the session ended by itself (expired, logged out elsewhere). */
  expired: boolean;
  login: (body: string, username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * Who is logged in. After a reload the server tells (GET /auth/session), with the CSRF token the
 * page needs for writes; a 401 from any call ends the session here too.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const userRef = useRef<User | null>(null);
  useEffect(() => {
    userRef.current = user;
  }, [user]);

  useEffect(() => {
    let live = true;
    api
      .get<SessionInfo>('/auth/session')
      .then((s) => {
        if (live) {
          setCsrfToken(s.csrfToken);
          setUser(s.user);
        }
      })
      .catch(() => {
        if (live) {
          setCsrfToken(undefined);
          setUser(null);
        }
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setCsrfToken(undefined);
        if (userRef.current) {
          setExpired(true);
        }
        setUser(null);
        qc.clear();
      }),
    [qc],
  );

  const login = useCallback(
    async (body: string, username: string, password: string) => {
      const s = await api.post<SessionInfo>('/auth/login', { body, username, password });
      qc.clear();
      setCsrfToken(s.csrfToken);
      setExpired(false);
      setUser(s.user);
      return s.user;
    },
    [qc],
  );

  const logout = useCallback(async () => {
    await api.post('/auth/logout').catch(() => undefined);
    setCsrfToken(undefined);
    setUser(null);
    qc.clear();
  }, [qc]);

  const value = useMemo(
    () => ({ user, loading, expired, login, logout }),
    [user, loading, expired, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) {
    throw new Error('useSession outside SessionProvider');
  }
  return s;
}

/** The logged-in user, on pages that are only rendered for one. */
export function useUser(): User {
  const { user } = useSession();
  if (!user) {
    throw new Error('useUser without a logged-in user');
  }
  return user;
}
