/**
 * The open matters (received, dispatched, in_progress) the duplicate check compares a new call with. Read when the
 * page opens and again after each registration (the call just registered is open too).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../../services/api';
import { fetchOpenMatters } from '../../services/register';
import type { QueueItem, StaffSession } from '../../services/types';

export type OpenMattersState =
  | { status: 'loading' }
  | { status: 'ready'; items: QueueItem[] }
  | { status: 'error'; message: string };

export function useOpenMatters(session: StaffSession, onExpired: () => void): { state: OpenMattersState; reload: () => void } {
  const [state, setState] = useState<OpenMattersState>({ status: 'loading' });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const id = ++latest.current;
    // A reload keeps the rows already shown until the new ones arrive.
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    try {
      const items = await fetchOpenMatters(session);
      if (id === latest.current) setState({ status: 'ready', items });
    } catch (err) {
      if (id !== latest.current) return;
      if (err instanceof ApiError && err.status === 401) onExpired();
      setState({ status: 'error', message: errorMessage(err) });
    }
  }, [session, onExpired]);

  useEffect(() => {
    void load();
    return () => {
      latest.current = -1;
    };
  }, [load]);

  return { state, reload: () => void load() };
}
