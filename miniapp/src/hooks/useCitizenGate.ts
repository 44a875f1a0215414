/**
 * Pages that collect or show personal data call this first: without the privacy consent (pages/consent) they are
 * replaced by the consent page, which comes back to `next` after the citizen agrees.
 */
import { useEffect, useState } from 'react';
import { redirectTo, ROUTES, withQuery } from '../platform/navigation';
import { hasConsent } from '../services/session';

/** True when the page may go on; false while redirecting to the consent page. */
export function useCitizenGate(next: string): boolean {
  const [allowed] = useState(hasConsent);
  useEffect(() => {
    if (!allowed) void redirectTo(withQuery(ROUTES.consent, { next })).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return allowed;
}
