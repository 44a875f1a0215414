/**
 * Connection state of the backend, from GET /v1/health. Used by the home page's status line.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, getHealth } from '../services/api';
import { policyLabel } from '../services/policy';

export type ServiceHealth =
  | { state: 'loading' }
  /** `policyLabel` is null when the backend names a policy this build does not know. */
  | { state: 'connected'; policy: string; policyLabel: string | null }
  /** `detail` is the backend's own message when it sent one (e.g. 503 UNAVAILABLE), else null. */
  | { state: 'error'; detail: string | null };

export function useServiceHealth(): { health: ServiceHealth; retry: () => void } {
  const [health, setHealth] = useState<ServiceHealth>({ state: 'loading' });
  // Only the latest check may update the state: a slow first reply must not overwrite a later retry's result,
  // and nothing may be set after the page is gone.
  const latest = useRef(0);

  const check = useCallback(async () => {
    const id = ++latest.current;
    setHealth({ state: 'loading' });
    try {
      const res = await getHealth();
      if (id === latest.current) {
        setHealth({ state: 'connected', policy: res.policy, policyLabel: policyLabel(res.policy) });
      }
    } catch (err) {
      if (id === latest.current) {
        // Only the backend's own error message adds anything to the fixed "cannot connect" line.
        const fromBackend = err instanceof ApiError && err.status > 0 && err.code !== 'UNEXPECTED_RESPONSE';
        setHealth({ state: 'error', detail: fromBackend ? err.message : null });
      }
    }
  }, []);

  useEffect(() => {
    void check();
    return () => {
      latest.current = -1;
    };
  }, [check]);

  return { health, retry: () => void check() };
}
