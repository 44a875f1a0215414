/**
 * Which channel a notification takes (docs/rules.md §2 notifications):
 *   citizen with WeChat   → subscribe message; refused (43101) or unknown openid → SMS to the contact phone
 *   citizen by telephone  → SMS (GZ Art.2: most callers never open the mini-program)
 *   unit, centre, supervision office → the staff inbox (the outbox item itself is the inbox entry)
 */
import type { Notification } from '../../shared/domain/notifications';
import type { SmsSender, WeChatSender } from './channels';
import { renderCitizenMessage, renderSupervisionSms } from './messages';
import { TransientError } from './wechatToken';

export type Delivery = { status: 'sent' | 'undeliverable' | 'parked'; detail: string; channel?: 'wechat' | 'sms' | 'inbox' };

export interface Channel {
  /** Deliver, or throw to retry later. A plain string means "sent" with that description. */
  send(n: OutboxNotification, now: number): Promise<string | Delivery>;
}

/** An outbox item as the sender reads it: the notification plus what earlier attempts learned. */
export type OutboxNotification = Notification & { wechatRefused?: boolean };

/** A transient failure that also records what was learned (e.g. WeChat refused, so the retry goes to SMS only). */
export class RetryLater extends TransientError {
  constructor(
    message: string,
    readonly patch: Record<string, unknown>,
  ) {
    super(message);
  }
}

export interface RouterDeps {
  wechat: WeChatSender;
  sms: SmsSender;
  /** The citizen's contact phone on this matter (decrypted), or null. */
  contactPhone(matterId: string): Promise<string | null>;
  /** The staff inbox entry for a unit/centre notification (functions/notify/inbox.ts). */
  inbox?: (n: Notification) => Promise<void>;
  /** A unit's liaison phone (decrypted), or null: 督办/督查 are also texted to it. */
  unitLiaisonPhone?: (unitId: string) => Promise<string | null>;
}

const BY_SMS_TO_LIAISON = new Set(['supervision_2', 'supervision_3']);

export function createRouterChannel(d: RouterDeps): Channel {
  return {
    async send(n, now) {
      if (n.audience !== 'citizen') {
        // The inbox entry is idempotent, so a retry after a failed liaison SMS adds nothing twice.
        await d.inbox?.(n);
        let detail = `inbox ${n.audience}${n.recipient ? ` ${n.recipient}` : ''}`;
        if (n.audience === 'unit' && n.recipient && BY_SMS_TO_LIAISON.has(n.type)) {
          const phone = (await d.unitLiaisonPhone?.(n.recipient)) ?? null;
          if (phone) detail += `; liaison ${(await d.sms.send({ phone, kind: 'supervision', params: renderSupervisionSms(n) })).detail}`;
        }
        return { status: 'sent', channel: 'inbox', detail };
      }
      const msg = renderCitizenMessage(n);
      if (!msg) return { status: 'sent', channel: 'inbox', detail: 'no citizen message for this event' };
      let refusal = '';
      if (n.recipient && !n.wechatRefused) {
        const r = await d.wechat.send({ openid: n.recipient, kind: msg.kind, page: `pages/matter/index?id=${n.matterId}`, data: msg.wechat }, now);
        if (r.status === 'sent') return { ...r, status: 'sent', channel: 'wechat' };
        if (r.status === 'misconfigured' || r.status === 'undeliverable') return { status: 'parked', channel: 'wechat', detail: r.detail };
        refusal = `${r.detail}; `; // refused: SMS instead, and WeChat is never tried again for this item
      }
      const phone = await d.contactPhone(n.matterId);
      if (!phone) return { status: 'undeliverable', detail: `${refusal}no contact phone` };
      try {
        const s = await d.sms.send({ phone, kind: msg.kind, params: msg.sms });
        if (s.status === 'sent') return { status: 'sent', channel: 'sms', detail: `${refusal}${s.detail}` };
        return { status: s.status === 'misconfigured' ? 'parked' : 'undeliverable', channel: 'sms', detail: `${refusal}${s.detail}` };
      } catch (e) {
        if (refusal && e instanceof TransientError) throw new RetryLater(`${refusal}${e.message}`, { wechatRefused: true });
        throw e;
      }
    },
  };
}
