/**
 * The staff inbox endpoints (docs/api.md: GET /v1/work/inbox, POST /v1/work/inbox/read) and the page's route.
 */
import { call } from '../../../services/api';
import type { InboxPage, StaffSession } from '../../../../../shared/views';

export const INBOX_ROUTE = '/staff/pages/inbox/index';

export type { InboxEntry } from '../../../../../shared/views';

export const fetchInbox = (s: StaffSession) => call<InboxPage>('GET', '/v1/work/inbox', { token: s.token });
export const markRead = (s: StaffSession, key: string) => call<{ unread: number }>('POST', '/v1/work/inbox/read', { token: s.token, body: { key } });
