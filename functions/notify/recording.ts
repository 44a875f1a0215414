/**
 * A channel that sends nothing and records what it would have sent, on the outbox item itself (tests that are
 * about the outbox, not the providers).
 */
import type { Notification } from '../../shared/domain/notifications';
import { renderCitizenMessage } from './messages';
import type { Channel } from './router';

/** A WeChat subscribe message (订阅消息) as `subscribe/send` takes it; `template` is the message kind. */
export interface SubscribeMessage {
  touser: string;
  template: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** The subscribe message for a citizen notification, or null when the event tells the citizen nothing. */
export function subscribeMessage(n: Notification): SubscribeMessage | null {
  const m = renderCitizenMessage(n);
  return m && { touser: n.recipient ?? '', template: m.kind, page: `pages/matter/index?id=${n.matterId}`, data: m.wechat };
}

export const recordingChannel: Channel = {
  async send(n) {
    return n.audience === 'citizen' ? `recorded subscribe message ${JSON.stringify(subscribeMessage(n))}` : `recorded ${n.audience} alert`;
  },
};
