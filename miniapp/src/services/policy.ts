/**
 * City names for policy profiles, read from the repo's shared/ domain code so the mini-program and the backend
 * never disagree on what `guangzhou` is called.
 */
import { PROFILES, isPolicyName } from '../../../shared/policy/profiles';

/** `guangzhou` → `广州`; null for a name this build does not know (a newer backend). */
export function policyLabel(name: string): string | null {
  return isPolicyName(name) ? PROFILES[name].label : null;
}
