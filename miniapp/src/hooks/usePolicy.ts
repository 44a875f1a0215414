/**
 * The backend's policy profile (GET /v1/health `policy`) and its district list, for the submission form.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage, getHealth } from '../services/api';
import { policyDistricts, policyLabel } from '../services/policy';

export type PolicyState =
  | { state: 'loading' }
  | { state: 'ready'; policy: string; label: string | null; districts: readonly string[] }
  | { state: 'error'; message: string };

export const UNKNOWN_POLICY_MESSAGE = '暂时无法获取本市的区县列表，请稍后重试，或拨打12345反映';

export function usePolicy(): { policy: PolicyState; retry: () => void } {
  const [policy, setPolicy] = useState<PolicyState>({ state: 'loading' });
  const latest = useRef(0);
  const load = useCallback(async () => {
    const id = ++latest.current;
    setPolicy({ state: 'loading' });
    try {
      const h = await getHealth();
      const districts = policyDistricts(h.policy);
      if (id !== latest.current) return;
      setPolicy(
        districts
          ? { state: 'ready', policy: h.policy, label: policyLabel(h.policy), districts }
          : { state: 'error', message: UNKNOWN_POLICY_MESSAGE },
      );
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
  return { policy, retry: () => void load() };
}
