/** POST /v1/matters/{id}/reveal-phone {reason}: the citizen's full number for a callback (recorded, rate-limited). */
import { call } from '../../services/api';
import type { StaffSession } from '../../../../shared/views';

export interface RevealedContact {
  phone: string;
  name: string | null;
  tel: string;
}

export const revealPhone = (s: StaffSession, matterId: string, reason: string) =>
  call<RevealedContact>('POST', `/v1/matters/${encodeURIComponent(matterId)}/reveal-phone`, { token: s.token, body: { reason } });
