import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, type Schemas } from '../api/api.ts';

export type Principal = Schemas['Principal'];

interface SessionState {
  /** undefined while asking the server; null when signed out. */
  readonly principal: Principal | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Who is signed in, asked of the server once and after sign-in/out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [principal, setPrincipal] = useState<Principal | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    const me = await api.GET('/api/v1/auth/me');
    setPrincipal(me.data ?? null);
  }, []);
  const signOut = useCallback(async () => {
    await api.POST('/api/v1/auth/logout');
    setPrincipal(null);
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return <SessionContext.Provider value={{ principal, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** Whether the signed-in role may change models (admins and managers), as the API's permission table says. */
export function canManageModels(p: Principal | null | undefined): boolean {
  return p?.role === 'admin' || p?.role === 'manager';
}

export function canImport(p: Principal | null | undefined): boolean {
  return p?.role === 'admin' || p?.role === 'manager';
}

/** Whether the role may read the review list and assign its addresses (`manage_review_list`: admins and managers). */
export function canManageReviewList(p: Principal | null | undefined): boolean {
  return p?.role === 'admin' || p?.role === 'manager';
}

export function canReadAudit(p: Principal | null | undefined): boolean {
  return p !== null && p !== undefined && p.role !== 'viewer';
}
