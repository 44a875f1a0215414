/**
 * The signed-in staff member for a workbench page. Without a (valid) session the page is replaced by sign-in.
 * `expire()` is for a 401 from the backend: the stored session is dropped and the page says so.
 */
import { useCallback, useEffect, useState } from 'react';
import { replacePage, STAFF_ROUTES } from '../platform/navigation';
import { clearSession, loadSession } from '../services/session';
import type { StaffSession } from '../../../../shared/views';

export function useStaffSession(): { session: StaffSession | null; expired: boolean; expire: () => void; signOut: () => void } {
  const [session, setSession] = useState<StaffSession | null>(() => loadSession() ?? null);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    if (!session && !expired) void replacePage(STAFF_ROUTES.login).catch(() => undefined);
  }, [session, expired]);

  const expire = useCallback(() => {
    clearSession();
    setExpired(true);
    setSession(null);
  }, []);

  const signOut = useCallback(() => {
    clearSession();
    setSession(null);
  }, []);

  return { session, expired, expire, signOut };
}
