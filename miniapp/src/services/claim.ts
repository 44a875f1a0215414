/**
 * Claiming a matter registered by telephone (docs/rules.md §2 "channels"): the caller enters the tracking number the operator
 * read out and the last 4 digits of the phone they called from; POST /v1/matters/claim binds the matter to their
 * WeChat identity, once, so it appears under 我的诉求 and can be rated there.
 */
import { claimSchema } from '../../../shared/schemas';
import { ROUTES } from '../platform/navigation';
import { call } from './api';
import { withCitizen } from './citizen';
import type { CitizenMatter } from '../../../shared/views';

export const CLAIM_ROUTE = ROUTES.claim;

export interface ClaimInput {
  trackingNo: string;
  phoneLast4: string;
}

export type ClaimErrors = Partial<Record<keyof ClaimInput, string>>;

/** Validates with the backend's schema (tracking number upper-cased, 4 digits): the body to send or the messages. */
export function validateClaim(input: ClaimInput): { ok: true; body: ClaimInput } | { ok: false; errors: ClaimErrors } {
  const r = claimSchema.safeParse(input);
  if (r.success) return { ok: true, body: r.data };
  const errors: ClaimErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0]) as keyof ClaimInput;
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/** POST /v1/matters/claim as the signed-in citizen → the matter, now theirs. */
export function claimPhoneMatter(body: ClaimInput): Promise<CitizenMatter> {
  return withCitizen((token) => call<CitizenMatter>('POST', '/v1/matters/claim', { token, body }));
}
