/**
 * Who must hear about which event (docs/rules.md §2, §4; GZ Art.18: the citizen is told an extension's reason and new
 * deadline). The store writes one outbox entry per (event, audience) in the same transaction as the event, so a
 * notification can never be lost or announce something that did not happen.
 */
import type { EventType, Matter, TimelineEvent } from './types';

export type Audience = 'citizen' | 'center' | 'unit' | 'supervision_office';

export const NOTIFY: Readonly<Partial<Record<EventType, readonly Audience[]>>> = {
  submitted: ['citizen'], // 已受理
  answered: ['citizen'],
  declined: ['citizen'], // with the reason and where to go
  dispatched: ['citizen', 'unit'],
  return_approved: ['unit'],
  return_joint: ['unit'],
  designated: ['unit'],
  return_requested: ['center'],
  supplemented: ['unit'],
  extended: ['citizen', 'unit'], // GZ Art.18 (the reason and the new deadline); CS Art.21: the unit hears the centre's approval
  clock_restarted: ['citizen'], // GZ Art.17 ¶2: the unit's explanation and the new deadline
  long_term: ['citizen'], // GZ Art.21
  progress_reported: ['citizen'], // GZ Art.21: each periodic progress report
  claimed: ['citizen'],
  extension_requested: ['center'], // CS Art.21
  extension_rejected: ['unit'], // CS Art.21: the unit keeps handling under the old deadline
  sign_overdue: ['center', 'unit'], // CS Art.17
  callback_opened: ['center'], // CS Art.26: a manual callback within 1 WD
  callback_overdue: ['center'], // CS Art.33
  review_overdue: ['center'], // CS Art.33
  supervised: ['unit', 'center'], // GZ Art.23, CS Art.34, WF Art.26
  reopened: ['citizen', 'center'], // an answered consultation rated unsatisfied returns to the centre
  replied: ['center'],
  reply_approved: ['citizen'], // the unit's reply is visible and rating is due
  reply_rejected: ['unit'],
  rehandling: ['citizen', 'unit'],
  closed: ['citizen'],
  terminated: ['citizen'],
  terminate_requested: ['center'],
  appealed: ['center'],
  dispatch_overdue: ['center'],
  deemed_accepted: ['unit'],
  warning: ['unit'],
  supervision_1: ['unit', 'citizen'], // 催办; the citizen sees "overdue, under supervision"
  supervision_2: ['unit', 'center'], // 督办
  supervision_3: ['unit', 'center', 'supervision_office'], // 督查
};

export interface Notification {
  audience: Audience;
  /**
   * Recipient: the citizen's openid (null for a telephone caller who has not claimed the matter: the sender texts
   * the contact phone instead), the unit id; null for the centre and the supervision office.
   */
  recipient: string | null;
  matterId: string;
  trackingNo: string;
  version: number;
  type: EventType;
  at: string;
  note?: string;
  data?: Record<string, unknown>;
}

export function notificationsFor(matter: Matter, events: TimelineEvent[]): Notification[] {
  const out: Notification[] = [];
  for (const e of events) {
    for (const audience of NOTIFY[e.type] ?? []) {
      const recipient = (audience === 'citizen' ? matter.ownerOpenid : audience === 'unit' ? matter.leadUnitId : null) ?? null;
      // A telephone matter nobody has claimed yet has no openid: the citizen entry stays, and goes out by SMS.
      if (audience === 'unit' && !recipient) continue;
      const n: Notification = { audience, recipient, matterId: matter.id, trackingNo: matter.trackingNo, version: e.version, type: e.type, at: e.at };
      if (e.note !== undefined) n.note = e.note;
      if (e.data !== undefined) n.data = e.data;
      out.push(n);
    }
  }
  return out;
}
