/**
 * Signed session tokens (HS256 JWT through `jose`). Roles and unit scope come from the token, never from a request
 * body (docs/rules.md §5). Verification pins the algorithm, so `alg: none` and tokens signed with another key are refused.
 */
import type * as Jwt from './jwt';
import { DomainError } from '../../shared/domain/errors';
import type { Actor, Role } from '../../shared/domain/types';
import type { AuthToken } from '../../shared/views/api';

const ISSUER = 'hotline-12345';
export const CITIZEN_TTL_S = 7 * 24 * 3600;
export const STAFF_TTL_S = 12 * 3600;

const keyOf = (secret: string) => new TextEncoder().encode(secret);

/** jose is loaded on the first sign or verify, not at cold start (issue 17: module load ≤ 1.15 × the bare client). */
let josePromise: Promise<typeof Jwt> | undefined;
const jose = () => (josePromise ??= import('./jwt'));

export async function signToken(actor: Actor, secret: string, now: number, ttlSeconds: number): Promise<AuthToken> {
  const iat = Math.floor(now / 1000);
  const exp = iat + ttlSeconds;
  const claims: Record<string, string> = { role: actor.role };
  if (actor.unitId) claims.unitId = actor.unitId;
  if (actor.name) claims.name = actor.name;
  const subject = actor.role === 'citizen' ? actor.openid! : actor.username!;
  const { SignJWT } = await jose();
  const token = await new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(subject)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(keyOf(secret));
  return { token, expiresAt: new Date(exp * 1000).toISOString() };
}

const STAFF_ROLES: readonly Role[] = ['center', 'unit', 'admin'];

export async function verifyToken(token: string, secret: string, now: number): Promise<Actor> {
  const { jwtVerify } = await jose();
  try {
    const { payload } = await jwtVerify(token, keyOf(secret), { algorithms: ['HS256'], issuer: ISSUER, currentDate: new Date(now) });
    const role = payload.role as Role;
    const sub = payload.sub;
    if (!sub) throw new Error('no subject');
    if (role === 'citizen') return { role, openid: sub };
    if (STAFF_ROLES.includes(role)) {
      if (role === 'unit' && typeof payload.unitId !== 'string') throw new Error('unit token without unit');
      const name = typeof payload.name === 'string' && payload.name ? { name: payload.name } : {};
      return role === 'unit' ? { role, username: sub, unitId: payload.unitId as string, ...name } : { role, username: sub, ...name };
    }
    throw new Error('unknown role');
  } catch {
    throw new DomainError('UNAUTHENTICATED', '登录已失效，请重新登录');
  }
}

/** `Authorization: Bearer <token>` → actor, or null when the header is absent. */
export async function actorFromHeaders(headers: Record<string, string | undefined> | undefined, secret: string, now: number): Promise<Actor | null> {
  const h = headers?.authorization ?? headers?.Authorization;
  if (!h) return null;
  const m = /^Bearer\s+(.+)$/i.exec(h.trim());
  if (!m) throw new DomainError('UNAUTHENTICATED', '登录凭证格式不正确，请重新登录');
  return verifyToken(m[1], secret, now);
}
