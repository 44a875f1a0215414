/**
 * The caller's open matters, looked up once the caller's number is a valid mobile number (and again when it
 * changes), so the operator hears "you already reported this" before registering it twice (GZ Art.22).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { phoneSchema } from '../../../../../shared/schemas';
import { ApiError, errorMessage } from '../../../services/api';
import { fetchCallerMatters } from '../../services/register';
import type { QueueItem, StaffSession } from '../../services/types';

export type CallerMattersState =
  | { status: 'idle' }
  | { status: 'loading'; phone: string }
  | { status: 'ready'; phone: string; items: QueueItem[] }
  | { status: 'error'; phone: string; message: string };

export function useCallerMatters(
  session: StaffSession,
  callerPhone: string,
  onExpired: () => void,
): { state: CallerMattersState; reload: () => void } {
  const [state, setState] = useState<CallerMattersState>({ status: 'idle' });
  const latest = useRef(0);
  const phone = phoneSchema.safeParse(callerPhone).success ? callerPhone : null;

  const load = useCallback(async () => {
    const id = ++latest.current;
    if (!phone) {
      setState({ status: 'idle' });
      return;
    }
    setState({ status: 'loading', phone });
    try {
      const items = await fetchCallerMatters(session, phone);
      if (id === latest.current) setState({ status: 'ready', phone, items });
    } catch (err) {
      if (id !== latest.current) return;
      if (err instanceof ApiError && err.status === 401) onExpired();
      setState({ status: 'error', phone, message: errorMessage(err) });
    }
  }, [session, phone, onExpired]);

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
