/**
 * What a citizen is told, per event: one message kind (one subscribe-message template and one SMS template each),
 * its WeChat template data and its SMS template parameters. WeChat's field rules (subscribe message 模板参数值要求):
 * thing ≤ 20 characters, character_string ≤ 32 ASCII characters, time "2026年11月2日 10:00".
 *
 * Templates to register (field names are part of the contract with the template ids in WECHAT_TEMPLATES):
 *   accepted  character_string1 受理编号 · thing2 办理状态 · time3 受理时间
 *   progress  character_string1 受理编号 · thing2 办理进度 · thing3 说明 · time4 更新时间
 *   deadline  character_string1 受理编号 · thing2 办理进度 · thing3 原因 · time4 新的办理期限
 *   result    character_string1 受理编号 · thing2 办理结果 · thing3 说明 · time4 办结时间
 */
import { EVENT_LABELS } from '../../shared/domain/labels';
import type { Notification } from '../../shared/domain/notifications';
import type { EventType } from '../../shared/domain/types';
import type { MessageKind } from './config';

export const KIND_OF: Readonly<Partial<Record<EventType, MessageKind>>> = {
  submitted: 'accepted',
  claimed: 'accepted',
  dispatched: 'progress',
  supervision_1: 'progress',
  rehandling: 'progress',
  reopened: 'progress', // an answered consultation rated unsatisfied goes back to the centre
  progress_reported: 'progress', // GZ Art.21
  extended: 'deadline', // GZ Art.18: the reason and the new deadline
  clock_restarted: 'deadline', // GZ Art.17 ¶2: the unit's explanation and the new deadline
  long_term: 'deadline', // GZ Art.21: long-term handling and the next report date
  answered: 'result',
  declined: 'result',
  reply_approved: 'result',
  closed: 'result',
  terminated: 'result',
};

/** Cut to n characters (code points, as WeChat counts them), marking the cut. */
export const clip = (s: string, n: number): string => {
  const cs = [...s.replace(/\s+/g, ' ').trim()];
  return cs.length > n ? `${cs.slice(0, n - 1).join('')}…` : cs.join('');
};

/** An instant as WeChat's time field wants it, in Beijing time: 2026年11月2日 10:00. */
export function wechatTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${hh}:${mm}`;
}

const deadlineOf = (n: Notification): string | undefined => {
  const d = (n.data?.handleBy ?? n.data?.nextReportBy) as { at?: string } | null | undefined;
  return d?.at;
};

/** The explanation line of a message: the unit's or the centre's note, or a plain default per event. */
function explanation(n: Notification): string {
  if (n.type === 'reply_approved') return '办理结果已出，请在小程序中评价';
  if (n.type === 'supervision_1') return '已超期，正在催办';
  if (n.type === 'dispatched') return '已转交承办单位办理';
  if (n.type === 'rehandling') return '将重新办理';
  if (n.type === 'long_term') return n.note ? `长期办理：${n.note}` : '列为长期办理，将定期告知进展';
  return n.note ?? EVENT_LABELS[n.type];
}

export interface RenderedMessage {
  kind: MessageKind;
  wechat: Record<string, { value: string }>;
  /** Tencent Cloud SMS TemplateParamSet, in template order. */
  sms: string[];
}

/** The citizen's message for a notification, or null when the event tells the citizen nothing. */
export function renderCitizenMessage(n: Notification): RenderedMessage | null {
  const kind = KIND_OF[n.type];
  if (!kind) return null;
  const tracking = n.trackingNo.slice(0, 32);
  const label = clip(EVENT_LABELS[n.type], 20);
  if (kind === 'accepted') {
    return { kind, wechat: { character_string1: { value: tracking }, thing2: { value: '已受理' }, time3: { value: wechatTime(n.at) } }, sms: [tracking] };
  }
  if (kind === 'deadline') {
    const deadline = deadlineOf(n);
    const when = deadline ? wechatTime(deadline) : wechatTime(n.at);
    const reason = clip(explanation(n), 20);
    // GZ Art.18: both the reason and the new deadline, in every channel.
    return { kind, wechat: { character_string1: { value: tracking }, thing2: { value: label }, thing3: { value: reason }, time4: { value: when } }, sms: [tracking, label, reason, when] };
  }
  const text = clip(explanation(n), 20);
  return { kind, wechat: { character_string1: { value: tracking }, thing2: { value: label }, thing3: { value: text }, time4: { value: wechatTime(n.at) } }, sms: [tracking, label, text] };
}

/** 督办/督查 to a unit's liaison phone: tracking number and the level. */
export function renderSupervisionSms(n: Notification): string[] {
  return [n.trackingNo, EVENT_LABELS[n.type]];
}
