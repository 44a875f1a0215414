/**
 * The backend's policy profile, loaded once for citizen and staff pages alike (GET /v1/health → its policy name →
 * the profile in shared/policy), and city names and district lists read from the same shared/ code, so the
 * mini-program and the backend never disagree on what `guangzhou` is called or which districts it has.
 */
import { PROFILES, isPolicyName, type PolicyProfile } from '../../../shared/policy/profiles';
import type { Category } from '../../../shared/domain/types';
import { ApiError, getHealth } from './api';

export const UNKNOWN_POLICY_MESSAGE = '暂时无法获取本市的区县列表，请稍后重试，或拨打12345反映';

let loaded: Promise<PolicyProfile> | null = null;

/**
 * The policy profile the backend runs under. One request per visit (the policy does not change while the app is
 * open); a failure is not kept, so the next call asks again. Rejects with an ApiError whose message can be shown
 * (a policy this build does not know: UNKNOWN_POLICY_MESSAGE).
 */
export function loadPolicy(): Promise<PolicyProfile> {
  if (!loaded) {
    const p = getHealth().then((h) => {
      if (!isPolicyName(h.policy)) throw new ApiError('UNKNOWN_POLICY', UNKNOWN_POLICY_MESSAGE, 200);
      return PROFILES[h.policy];
    });
    loaded = p;
    p.catch(() => {
      if (loaded === p) loaded = null;
    });
  }
  return loaded;
}

/** Forget the loaded profile (tests, each with its own fake backend). */
export function forgetPolicy(): void {
  loaded = null;
}

/** `guangzhou` → `广州`; null for a name this build does not know (a newer backend). */
export function policyLabel(name: string): string | null {
  return isPolicyName(name) ? PROFILES[name].label : null;
}

/** Districts a submission may name under the policy (docs/rules.md §5); null for an unknown policy. */
export function policyDistricts(name: string): readonly string[] | null {
  return isPolicyName(name) ? PROFILES[name].districts : null;
}

/**
 * Working days the handling unit has to answer a matter of this category under the policy (GZ Art.17, CS Art.19,
 * WF Art.20); null for an unknown policy.
 */
export function policyHandlingDays(name: string, category: Category): number | null {
  return isPolicyName(name) ? PROFILES[name].handlingWD[category] : null;
}
