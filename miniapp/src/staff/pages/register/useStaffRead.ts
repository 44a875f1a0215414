/**
 * A read the register page repeats: the open matters the duplicate check compares a new call with (read when the
 * page opens and again after each registration — the call just registered is open too), and the caller's own open
 * matters (read whenever the caller's number becomes a valid mobile number). The latest answer wins; a 401 ends the
 * session. `read` null = nothing to read (idle). With `keepOnReload` a reload keeps the rows shown until the new ones
 * arrive.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../../services/api';

export type StaffReadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; items: T }
  | { status: 'error'; message: string };

export function useStaffRead<T>(
  read: (() => Promise<T>) | null,
  onExpired: () => void,
  { keepOnReload = false }: { keepOnReload?: boolean } = {},
): { state: StaffReadState<T>; reload: () => void } {
  const [state, setState] = useState<StaffReadState<T>>(read ? { status: 'loading' } : { status: 'idle' });
  const latest = useRef(0);

  const load = useCallback(async () => {
    const id = ++latest.current;
    if (!read) {
      setState({ status: 'idle' });
      return;
    }
    setState((s) => (keepOnReload && s.status === 'ready' ? s : { status: 'loading' }));
    try {
      const items = await read();
      if (id === latest.current) setState({ status: 'ready', items });
    } catch (err) {
      if (id !== latest.current) return;
      if (err instanceof ApiError && err.status === 401) onExpired();
      setState({ status: 'error', message: errorMessage(err) });
    }
  }, [read, onExpired, keepOnReload]);

  useEffect(() => {
    void load();
  }, [load]);
  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  return { state, reload: () => void load() };
}
