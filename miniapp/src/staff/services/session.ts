/**
 * The signed-in staff member (token, role, unit), kept under the workbench's own storage key through the platform
 * storage adapter, so it survives a restart of the mini-program / a reload of the H5 page.
 */
import { getItem, removeItem, setItem } from '../../platform/storage';
import type { StaffSession } from '../../../../shared/views';

export const STAFF_SESSION_KEY = 'hotline.staff.workbench.session';

const ROLES = new Set(['center', 'unit', 'admin']);

export function saveSession(session: StaffSession): void {
  setItem(STAFF_SESSION_KEY, session);
}

/** The stored session, or undefined when there is none, it is malformed, or it has expired (`now` for tests). */
export function loadSession(now: number = Date.now()): StaffSession | undefined {
  const s = getItem<StaffSession>(STAFF_SESSION_KEY);
  if (!s || typeof s !== 'object' || typeof s.token !== 'string' || !s.token || !ROLES.has(s.role)) return undefined;
  if (s.role === 'unit' && !s.unitId) return undefined;
  if (s.expiresAt) {
    const exp = Date.parse(s.expiresAt);
    if (Number.isFinite(exp) && exp <= now) {
      clearSession();
      return undefined;
    }
  }
  return s;
}

export function clearSession(): void {
  removeItem(STAFF_SESSION_KEY);
}

export const ROLE_LABELS: Readonly<Record<StaffSession['role'], string>> = {
  center: '热线工作人员',
  unit: '承办单位工作人员',
  admin: '平台管理员',
};
