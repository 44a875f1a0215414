/**
 * The staff inbox endpoints (docs/api.md: GET /v1/work/inbox, POST /v1/work/inbox/read) and the page's route.
 */
import { call } from '../../../services/api';
import type { StaffSession } from '../../../../../shared/views';

export const INBOX_ROUTE = '/staff/pages/inbox/index';

import type { InboxEntry } from '../../../../../shared/views/inbox';

export type { InboxEntry };

export const fetchInbox = (s: StaffSession) => call<{ unread: number; items: InboxEntry[] }>('GET', '/v1/work/inbox', { token: s.token });
export const markRead = (s: StaffSession, key: string) => call<{ unread: number }>('POST', '/v1/work/inbox/read', { token: s.token, body: { key } });
