/** The matter's timeline, newest first: what happened, when, by whom, and the few details worth a line. */
import { View } from '@tarojs/components';
import { DECLINE_REASON_LABELS, EVENT_LABELS, RATING_LABELS } from '../../../../../shared/domain/labels';
import { formatTime } from '../../services/format';
import { RESTART_REASON_LABELS, REVIEW_DECISION_LABELS, ROLE_NAMES, TERMINATE_REASON_LABELS } from '../../services/labels';
import type { TimelineEntry } from '../../../../../shared/views';
import { label, Section } from './parts';

/** Who did it, in words: "承办单位：天河区城管局", "热线工作机构", "诉求人", "系统". */
function actorText(e: TimelineEntry): string {
  // GZ Art.26, CS Art.39: the account that acted, beside its unit or the centre.
  const who = e.actor.username ? ` · ${e.actor.name ?? e.actor.username}` : '';
  if (e.actor.role === 'unit') return `${e.actor.unitName ?? e.actor.unitId ?? ROLE_NAMES.unit}${who}`;
  return `${ROLE_NAMES[e.actor.role] ?? e.actor.role}${who}`;
}

/** The few event data fields worth a line (unit names from the units list when it has loaded). */
export function eventDetails(e: TimelineEntry, unitName: (id: string) => string): string[] {
  const d = e.data ?? {};
  const out: string[] = [];
  const names = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => unitName(String(id))).join('、') : '');
  if (typeof d.leadUnitId === 'string') out.push(`主办单位：${unitName(d.leadUnitId)}`);
  if (names(d.coUnitIds)) out.push(`协办单位：${names(d.coUnitIds)}`);
  if (e.type === 'declined' && label(DECLINE_REASON_LABELS, d.reason)) out.push(`原因：${label(DECLINE_REASON_LABELS, d.reason)}`);
  if ((e.type === 'terminate_requested' || e.type === 'terminated') && label(TERMINATE_REASON_LABELS, d.reason)) {
    out.push(`原因：${label(TERMINATE_REASON_LABELS, d.reason)}`);
  }
  if (e.type === 'clock_restarted' && label(RESTART_REASON_LABELS, d.reason)) out.push(`原因：${label(RESTART_REASON_LABELS, d.reason)}`);
  if (e.type === 'rated' && label(RATING_LABELS, d.result)) out.push(`评价：${label(RATING_LABELS, d.result)}`);
  if (e.type === 'appeal_decided' && label(REVIEW_DECISION_LABELS, d.decision)) out.push(`结果：${label(REVIEW_DECISION_LABELS, d.decision)}`);
  if (e.type === 'return_requested' && typeof d.basis === 'string') out.push(`依据：${d.basis}`);
  const newDeadline = (d.handleBy ?? d.nextReportBy) as { at?: string } | undefined;
  if (newDeadline && typeof newDeadline === 'object' && typeof newDeadline.at === 'string') {
    out.push(`${e.type === 'long_term' || e.type === 'progress_reported' ? '下次报送期限' : '办理期限'}：${formatTime(newDeadline.at)}`);
  }
  return out;
}

export default function Timeline({ timeline, unitName }: { timeline: TimelineEntry[]; unitName: (id: string) => string }) {
  return (
    <Section title='办理记录（最新在前）' testId='matter-timeline'>
      {timeline.length === 0 ? <View className='sm-text'>暂无记录</View> : null}
      {[...timeline].reverse().map((e, i) => (
        <View className='sm-event' key={`${e.version ?? i}-${e.type}`} data-testid='timeline-event'>
          <View className='sm-event__head'>
            <View className='sm-event__type'>{EVENT_LABELS[e.type] ?? e.type}</View>
            <View className='sm-event__at'>{formatTime(e.at)}</View>
          </View>
          <View className='sm-event__actor' data-testid='timeline-actor'>
            {actorText(e)}
          </View>
          {e.note ? <View className='sm-event__note'>{e.note}</View> : null}
          {eventDetails(e, unitName).map((line) => (
            <View className='sm-event__detail' key={line}>
              {line}
            </View>
          ))}
        </View>
      ))}
    </Section>
  );
}
