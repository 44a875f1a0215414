/**
 * Sessions and small local state kept in platform storage so they survive a restart of the mini-program:
 * the staff session, the citizen's token, the privacy consent, and the H5 test sign-in identity.
 */
import { getItem, removeItem, setItem } from '../platform/storage';
import type { StaffSession } from './api';

const STAFF_SESSION_KEY = 'hotline.staffSession';
const CITIZEN_SESSION_KEY = 'hotline.citizenSession';
const CONSENT_KEY = 'hotline.consent';
const TEST_OPENID_KEY = 'hotline.testOpenid';

export function saveStaffSession(session: StaffSession): void {
  setItem(STAFF_SESSION_KEY, session);
}

export function loadStaffSession(): StaffSession | undefined {
  return getItem<StaffSession>(STAFF_SESSION_KEY);
}

export function clearStaffSession(): void {
  removeItem(STAFF_SESSION_KEY);
}

// ---- citizen ---------------------------------------------------------------------------------------------------

export interface CitizenSession {
  token: string;
  /** ISO-8601 instant from POST /v1/auth/wechat. */
  expiresAt: string;
}

/** A token that expires within this margin is treated as expired (avoids a 401 in the middle of a submission). */
const EXPIRY_MARGIN_MS = 5 * 60_000;

export function saveCitizenSession(session: CitizenSession): void {
  setItem(CITIZEN_SESSION_KEY, session);
}

/** The stored token if it is still valid at `nowMs`, else undefined. */
export function loadCitizenSession(nowMs: number): CitizenSession | undefined {
  const s = getItem<CitizenSession>(CITIZEN_SESSION_KEY);
  if (!s || typeof s.token !== 'string' || !s.token) return undefined;
  const exp = Date.parse(s.expiresAt);
  if (Number.isFinite(exp) && exp - EXPIRY_MARGIN_MS <= nowMs) return undefined;
  return s;
}

export function clearCitizenSession(): void {
  removeItem(CITIZEN_SESSION_KEY);
}

/**
 * Version of the privacy notice (pages/consent). Raise it when the notice changes materially: everyone is asked
 * again before more personal data is collected.
 */
export const CONSENT_VERSION = 1;

export interface ConsentRecord {
  version: number;
  /** ISO-8601 instant the citizen agreed. */
  at: string;
}

export function hasConsent(): boolean {
  const c = getItem<ConsentRecord>(CONSENT_KEY);
  return !!c && c.version === CONSENT_VERSION;
}

export function saveConsent(nowMs: number): void {
  setItem<ConsentRecord>(CONSENT_KEY, { version: CONSENT_VERSION, at: new Date(nowMs).toISOString() });
}

export function clearConsent(): void {
  removeItem(CONSENT_KEY);
}

/**
 * H5 only (no WeChat code): a random openid generated once and kept, so the local/test backend
 * (AUTH_WECHAT_FAKE=1) sees the same citizen every time this browser signs in.
 */
export function testOpenid(random: () => string = randomId): string {
  const stored = getItem<string>(TEST_OPENID_KEY);
  if (typeof stored === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(stored)) return stored;
  const created = `h5-${random()}`;
  setItem(TEST_OPENID_KEY, created);
  return created;
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A random [A-Za-z0-9] string (not for secrets: ids and idempotency keys only). */
export function randomId(length = 24): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(Math.random() * ALPHABET.length)];
  return out;
}
