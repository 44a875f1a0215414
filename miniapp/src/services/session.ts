/**
 * Signed-in staff session, kept in platform storage so it survives a restart of the mini-program.
 */
import { getItem, removeItem, setItem } from '../platform/storage';
import type { StaffSession } from './api';

const STAFF_SESSION_KEY = 'hotline.staffSession';

export function saveStaffSession(session: StaffSession): void {
  setItem(STAFF_SESSION_KEY, session);
}

export function loadStaffSession(): StaffSession | undefined {
  return getItem<StaffSession>(STAFF_SESSION_KEY);
}

export function clearStaffSession(): void {
  removeItem(STAFF_SESSION_KEY);
}
