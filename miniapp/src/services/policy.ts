/**
 * City names and district lists for policy profiles, read from the repo's shared/ domain code so the mini-program
 * and the backend never disagree on what `guangzhou` is called or which districts it has.
 */
import { PROFILES, isPolicyName } from '../../../shared/policy/profiles';
import type { Category } from '../../../shared/domain/types';

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
