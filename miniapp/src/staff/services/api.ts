/**
 * Workbench endpoints (docs/rules.md §5, docs/api.md). Every failure is an ApiError from ../../services/api whose message can
 * be shown as is (errorMessage()).
 */
import { ApiError, call } from '../../services/api';
import type { PolicyProfile } from '../../../../shared/policy/profiles';
import { forgetPolicy, loadPolicy } from '../../services/policy';
import type { StaffActionType } from './actions';
import type { QueueFilter, QueuePage, StaffMatter, StaffSession, Unit } from '../../../../shared/views';

export { ApiError };

const auth = (s: StaffSession) => ({ token: s.token });

/** POST /v1/auth/staff. */
export async function signIn(username: string, password: string): Promise<StaffSession> {
  const r = await call<StaffSession>('POST', '/v1/auth/staff', { body: { username, password } });
  const session: StaffSession = { token: r.token, role: r.role };
  if (r.username) session.username = r.username;
  if (r.unitId) session.unitId = r.unitId;
  if (r.expiresAt) session.expiresAt = r.expiresAt;
  return session;
}

/**
 * How many pages to follow when one comes back empty with a cursor: the overdue / supervision filters are applied
 * after the backend's page limit, so a filtered page can be empty while later pages still match.
 */
export const MAX_EMPTY_PAGES = 5;

/** GET /v1/work/matters: one page of the queue (following empty filtered pages, at most MAX_EMPTY_PAGES). */
export async function fetchQueue(session: StaffSession, filter: QueueFilter, cursor?: string | null): Promise<QueuePage> {
  let next = cursor ?? undefined;
  for (let i = 0; ; i++) {
    const page = await call<QueuePage>('GET', '/v1/work/matters', {
      ...auth(session),
      query: {
        status: filter.status,
        overdue: filter.overdue ? 'true' : undefined,
        supervisionLevel: filter.supervisionLevel,
        cursor: next,
      },
    });
    const items = Array.isArray(page?.items) ? page.items : [];
    const more = page?.cursor || null;
    if (items.length || !more || i + 1 >= MAX_EMPTY_PAGES) return { items, cursor: more };
    next = more;
  }
}

/** GET /v1/matters/{id}. */
export function fetchMatter(session: StaffSession, id: string): Promise<StaffMatter> {
  return call<StaffMatter>('GET', `/v1/matters/${encodeURIComponent(id)}`, auth(session));
}

let unitsCache: { token: string; promise: Promise<Unit[]> } | null = null;

/** GET /v1/work/units, fetched once per session (a failure is not cached). */
export function fetchUnits(session: StaffSession): Promise<Unit[]> {
  if (unitsCache && unitsCache.token === session.token) return unitsCache.promise;
  const promise = call<{ items: Unit[] }>('GET', '/v1/work/units', auth(session)).then((r) =>
    [...(r?.items ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  );
  unitsCache = { token: session.token, promise };
  promise.catch(() => {
    if (unitsCache?.promise === promise) unitsCache = null;
  });
  return promise;
}

/**
 * The backend's policy profile (the one loader, src/services/policy.ts), used to hide actions the local rules never
 * allow (e.g. appeals outside Changsha). Null when it cannot be read; never rejects.
 */
export function fetchPolicy(): Promise<PolicyProfile | null> {
  return loadPolicy().catch(() => null);
}

/** POST /v1/matters/{id}/{action} with If-Match: <version> → the updated matter. */
export function performAction(
  session: StaffSession,
  matterId: string,
  action: StaffActionType,
  body: Record<string, unknown>,
  version: number,
): Promise<StaffMatter> {
  return call<StaffMatter>('POST', `/v1/matters/${encodeURIComponent(matterId)}/${action}`, {
    ...auth(session),
    body,
    headers: { 'If-Match': String(version) },
  });
}

/** Test helper: forget cached units and policy. */
export function resetCaches(): void {
  unitsCache = null;
  forgetPolicy();
}
