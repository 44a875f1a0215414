/**
 * Plain-word text about a matter, built from the shared labels (shared/domain/labels.ts): badges, who did a step,
 * and the extra lines of a timeline step (reasons, new deadlines). Every state is said in words, never by colour.
 */
import {
  DECLINE_REASON_LABELS,
  EVENT_LABELS,
  RATING_LABELS,
  SUPERVISION_LABELS,
} from '../../../shared/domain/labels';
import type { DeclineReason } from '../../../shared/domain/commands';
import { formatDeadline } from './format';
import type { CitizenMatter, Deadline, MatterSummary, TimelineEntry } from '../../../shared/views';

type Flags = Pick<MatterSummary, 'overdue' | 'supervisionLevel' | 'status'> & {
  supervisionLabel?: string | null;
  rating?: CitizenMatter['rating'];
};

/**
 * Overdue / supervision in words: `已超期，正在督办` (the backend's supervisionLabel), `已超期`, or `督办中` when a
 * matter is supervised without being overdue (e.g. closed after a second unsatisfied rating). Null otherwise.
 */
export function supervisionText(m: Flags): string | null {
  const level = m.supervisionLevel ?? 0;
  if (m.status === 'closed' && m.rating?.result === 'unsatisfied' && level > 0 && !m.overdue) {
    return '您对办理结果不满意，已转入督办';
  }
  if (m.overdue) return m.supervisionLabel || (level > 0 ? `已超期，${SUPERVISION_LABELS[level]}` : '已超期');
  if (level > 0) return '督办中';
  return null;
}

/** Other flags worth a badge: extensions, re-handling, long-term. */
export function flagBadges(m: Pick<MatterSummary, 'counts' | 'rehandling' | 'longTerm'>): string[] {
  const out: string[] = [];
  if (m.counts?.extensions > 0) out.push(`已延期 ${m.counts.extensions} 次`);
  if (m.rehandling) out.push('重新办理中');
  if (m.longTerm) out.push('长期办理');
  return out;
}

/** Who did a step: `12345热线`, the unit's name, `您`, `系统`. */
export function actorText(actor: TimelineEntry['actor']): string {
  switch (actor.role) {
    case 'citizen':
      return '您';
    case 'center':
      return '12345热线';
    case 'unit':
      return actor.unitName || '承办单位';
    case 'admin':
      return '热线管理员';
    case 'scheduler':
      return '系统';
    default:
      return '';
  }
}

export function eventLabel(type: string): string {
  return (EVENT_LABELS as Record<string, string>)[type] ?? '办理进展';
}

const asDeadline = (v: unknown): Deadline | null =>
  v && typeof v === 'object' && typeof (v as Deadline).at === 'string' ? (v as Deadline) : null;

const unitName = (id: unknown, m: Pick<CitizenMatter, 'leadUnit' | 'coUnits' | 'timeline'>): string | null => {
  if (typeof id !== 'string') return null;
  if (m.leadUnit?.id === id) return m.leadUnit.name;
  const co = m.coUnits?.find((u) => u.id === id);
  if (co) return co.name;
  const seen = m.timeline?.find((e) => e.actor.unitId === id && e.actor.unitName);
  return seen?.actor.unitName ?? null;
};

/**
 * Extra lines under a timeline step: reasons, guidance, new deadlines, ratings. Internal details (return bases,
 * unit ids) stay out; the extension reason and the new deadline are always shown (GZ Art.18).
 */
export function eventDetails(e: TimelineEntry, m: Pick<CitizenMatter, 'leadUnit' | 'coUnits' | 'timeline'>, nowMs?: number): string[] {
  const data = e.data ?? {};
  const lines: string[] = [];
  const note = typeof e.note === 'string' && e.note.trim() ? e.note.trim() : null;
  const deadline = (key: string) => {
    const d = asDeadline(data[key]);
    return d ? formatDeadline(d, nowMs) : null;
  };
  switch (e.type) {
    case 'dispatched':
    case 'return_approved':
    case 'return_joint':
    case 'designated': {
      const lead = unitName(data.leadUnitId, m);
      if (lead) lines.push(`承办单位：${lead}`);
      const co = Array.isArray(data.coUnitIds) ? data.coUnitIds.map((id) => unitName(id, m)).filter(Boolean) : [];
      if (co.length) lines.push(`协办单位：${co.join('、')}`);
      if (e.type !== 'dispatched' && note) lines.push(`说明：${note}`);
      break;
    }
    case 'extended': {
      if (note) lines.push(`延期原因：${note}`);
      const next = deadline('handleBy');
      if (next) lines.push(`新的办理期限：${next}`);
      const prev = deadline('previousHandleBy');
      if (prev) lines.push(`原办理期限：${prev}`);
      break;
    }
    case 'clock_restarted': {
      if (data.reason === 'new_information') lines.push('原因：您补充了新的情况，办理时间重新计算');
      else if (data.reason === 'force_majeure') lines.push('原因：遇到不可抗力，办理时间重新计算');
      if (note) lines.push(`说明：${note}`);
      const next = deadline('handleBy');
      if (next) lines.push(`新的办理期限：${next}`);
      break;
    }
    case 'rehandling': {
      const next = deadline('handleBy');
      if (next) lines.push(`重新办理期限：${next}`);
      break;
    }
    case 'long_term':
    case 'progress_reported': {
      if (note) lines.push(e.type === 'long_term' ? `说明：${note}` : `进展：${note}`);
      const next = deadline('nextReportBy');
      if (next) lines.push(`下次报送进展：${next}前`);
      break;
    }
    case 'declined': {
      const reason = typeof data.reason === 'string' ? DECLINE_REASON_LABELS[data.reason as DeclineReason] : undefined;
      if (reason) lines.push(`原因：${reason}`);
      if (note) lines.push(`办理指引：${note}`);
      break;
    }
    case 'rated': {
      const result = typeof data.result === 'string' ? RATING_LABELS[data.result as keyof typeof RATING_LABELS] : undefined;
      // The step is titled 评价 already: its lines say the result and the comment without repeating the word.
      if (result) lines.push(`${result}${data.source === 'callback' ? '（电话回访）' : ''}`);
      if (note) lines.push(`意见：${note}`);
      break;
    }
    case 'closed':
      if (data.source === 'timeout') lines.push('评价期限内未评价，按“基本满意”办结');
      if (data.supervision) lines.push('因不满意，已转入督办');
      break;
    case 'warning':
    case 'supervision_1':
    case 'supervision_2':
    case 'supervision_3': {
      const due = deadline('handleBy');
      if (due) lines.push(`办理期限：${due}`);
      break;
    }
    case 'answered':
      if (note) lines.push(`答复：${note}`);
      break;
    case 'supplemented':
      if (note) lines.push(`补充内容：${note}`);
      break;
    case 'withdrawn':
      if (note) lines.push(`撤回原因：${note}`);
      break;
    case 'return_requested':
    case 'return_rejected':
    case 'reply_rejected':
    case 'terminate_requested':
    case 'terminated':
    case 'appeal_decided':
      if (note) lines.push(`说明：${note}`);
      break;
    default:
      break;
  }
  return lines;
}
