/**
 * The backend's policy profile for a page (services/policy.ts `loadPolicy`, one loader for citizen and staff
 * pages): the district list of the submission form and the staff registration, the city's name, its limits.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PolicyProfile } from '../../../shared/policy/profiles';
import { errorMessage } from '../services/api';
import { loadPolicy } from '../services/policy';

export { UNKNOWN_POLICY_MESSAGE } from '../services/policy';

export type PolicyState =
  | { state: 'loading' }
  | { state: 'ready'; policy: string; label: string; districts: readonly string[]; profile: PolicyProfile }
  | { state: 'error'; message: string };

export function usePolicy(): { policy: PolicyState; retry: () => void } {
  const [policy, setPolicy] = useState<PolicyState>({ state: 'loading' });
  // Only the latest load may answer, and nothing is set once the page is gone.
  const latest = useRef(0);
  const load = useCallback(async () => {
    const id = ++latest.current;
    setPolicy({ state: 'loading' });
    try {
      const p = await loadPolicy();
      if (id === latest.current) setPolicy({ state: 'ready', policy: p.name, label: p.label, districts: p.districts, profile: p });
    } catch (err) {
      if (id === latest.current) setPolicy({ state: 'error', message: errorMessage(err) });
    }
  }, []);
  useEffect(() => {
    void load();
    return () => {
      latest.current = -1;
    };
  }, [load]);
  const retry = useCallback(() => void load(), [load]);
  return { policy, retry };
}
