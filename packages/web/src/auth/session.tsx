import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Role } from '@jianyan/shared';
import { get, post, setCsrfToken } from '../api/client';

export interface User {
  userId: string;
  bodyId: string;
  bodyCode: string;
  bodyName: string;
  bodyKind: 'cppcc' | 'npc';
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
}

interface Session {
  user: User | null;
  loading: boolean;
  login: (body: string, username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Who is logged in; restored after a reload from the server (with the CSRF token for writes). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    get<{ user: User; csrfToken: string }>('/auth/session')
      .then((s) => {
        setCsrfToken(s.csrfToken);
        setUser(s.user);
      })
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);
  const value: Session = {
    user,
    loading,
    async login(body, username, password) {
      const s = await post<{ user: User; csrfToken: string }>('/auth/login', {
        body,
        username,
        password,
      });
      setCsrfToken(s.csrfToken);
      setUser(s.user);
      return s.user;
    },
    async logout() {
      await post('/auth/logout').catch(() => undefined);
      setCsrfToken(undefined);
      setUser(null);
    },
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) {
    throw new Error('useSession outside SessionProvider');
  }
  return s;
}
