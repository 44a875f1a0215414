/**
 * Form fields per action, from the bodies in shared/schemas (ACTION_SCHEMAS) and docs/api.md, with Chinese labels.
 * `toBody` turns what was typed into the request body; ACTION_SCHEMAS then validates it exactly as the backend will.
 */
import { ACTION_SCHEMAS } from '../../../../shared/schemas';
import { DECLINE_REASONS, TERMINATE_REASONS } from '../../../../shared/domain/commands';
import { DECLINE_REASON_LABELS, RATING_LABELS, SUPERVISION_REASON_LABELS } from '../../../../shared/domain/labels';
import { RATING_RESULTS } from '../../../../shared/domain/types';
import { ACTION_LABELS, type StaffActionType } from '../services/actions';
import { localInputToIso } from '../services/format';
import {
  CALLBACK_DECISION_LABELS,
  REPLY_DECISION_LABELS,
  SUPERVISION_LEVEL_LABELS,
  RESTART_REASON_LABELS,
  RETURN_DECISION_LABELS,
  REVIEW_DECISION_LABELS,
  TERMINATE_REASON_LABELS,
} from '../services/labels';
import type { StaffSession } from '../../../../shared/views';
import type { ChoiceOption } from './Choice';

export type FormValue = string | string[] | boolean | undefined;
export type FormValues = Record<string, FormValue>;

interface Base {
  name: string;
  label: string;
  /** Shown only when this returns true (e.g. the new lead unit only when approving a return). */
  when?: (v: FormValues) => boolean;
}
export type Field =
  | (Base & { kind: 'text'; multiline?: boolean; maxLength: number; optional?: boolean; placeholder?: string })
  | (Base & { kind: 'choice'; options: readonly ChoiceOption[] })
  | (Base & { kind: 'bool'; yes: string; no: string })
  | (Base & { kind: 'unit'; multiple?: boolean })
  | (Base & { kind: 'datetime' })
  /** A value the role fixes (e.g. the restart reason); shown as text, sent as is. */
  | (Base & { kind: 'fixed'; value: string; text: string });

const options = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>): ChoiceOption[] =>
  keys.map((k) => ({ value: k, label: labels[k] }));
const entries = <K extends string>(labels: Readonly<Record<K, string>>): ChoiceOption[] =>
  (Object.keys(labels) as K[]).map((k) => ({ value: k, label: labels[k] }));

const text = (name: string, label: string, maxLength: number, extra: Partial<Extract<Field, { kind: 'text' }>> = {}): Field => ({
  kind: 'text',
  name,
  label,
  maxLength,
  multiline: maxLength > 100,
  ...extra,
});
const note = (label = '审核意见（可不填）') => text('note', label, 500, { optional: true });

export function fieldsFor(action: StaffActionType, session: Pick<StaffSession, 'role'>): Field[] {
  switch (action) {
    case 'answer':
      return [text('answer', '答复内容', 2000, { placeholder: '直接答复诉求人的内容（如知识库中的政策解答）' })];
    case 'decline':
      return [
        { kind: 'choice', name: 'reason', label: '不予受理的原因', options: options(DECLINE_REASONS, DECLINE_REASON_LABELS) },
        text('guidance', '办理指引（告诉诉求人应到哪里办理）', 500),
      ];
    case 'dispatch':
      return [
        { kind: 'unit', name: 'leadUnitId', label: '主办单位' },
        { kind: 'unit', name: 'coUnitIds', label: '协办单位（可不选）', multiple: true },
      ];
    case 'accept':
      return [];
    case 'return-request':
      return [text('reason', '退回理由', 500), text('basis', '退回依据（职责规定等）', 500)];
    case 'return-review':
      return [
        { kind: 'choice', name: 'decision', label: '审核结果', options: entries(RETURN_DECISION_LABELS) },
        { kind: 'unit', name: 'leadUnitId', label: '新的主办单位', when: (v) => v.decision === 'approve' },
        {
          kind: 'unit',
          name: 'coUnitIds',
          label: '协办单位',
          multiple: true,
          when: (v) => v.decision === 'approve' || v.decision === 'joint',
        },
        note(),
      ];
    case 'designate':
      return [
        { kind: 'unit', name: 'leadUnitId', label: '指定主办单位' },
        { kind: 'unit', name: 'coUnitIds', label: '协办单位（可不选）', multiple: true },
        text('basis', '指定依据', 500),
      ];
    case 'extension':
      return [text('reason', '延期理由（将告知诉求人）', 500)];
    case 'restart-clock': {
      const reason = session.role === 'center' ? 'force_majeure' : 'new_information';
      return [
        { kind: 'fixed', name: 'reason', label: '重新计时的原因', value: reason, text: RESTART_REASON_LABELS[reason] },
        text('note', '说明（可不填）', 500, { optional: true }),
      ];
    }
    case 'reply':
      return [
        text('process', '办理过程', 2000),
        text('result', '办理结果', 2000),
        { kind: 'datetime', name: 'handledAt', label: '办理时间（格式：2026-05-01 14:30）' },
        { kind: 'bool', name: 'contactedRequestor', label: '是否已联系诉求人', yes: '已联系诉求人', no: '未联系诉求人' },
      ];
    case 'reply-review':
      return [
        { kind: 'choice', name: 'decision', label: '审核结果', options: entries(REPLY_DECISION_LABELS) },
        note('审核意见（退回重新办理时必填）'),
      ];
    case 'rating':
      return [
        { kind: 'choice', name: 'result', label: '诉求人的评价', options: options(RATING_RESULTS, RATING_LABELS) },
        text('comment', '评价内容（可不填）', 500, { optional: true }),
      ];
    case 'terminate-request':
      return [
        { kind: 'choice', name: 'reason', label: '终止原因', options: options(TERMINATE_REASONS, TERMINATE_REASON_LABELS) },
        text('explanation', '情况说明', 1000),
      ];
    case 'terminate-review':
    case 'appeal-review':
    case 'extension-review':
      return [{ kind: 'choice', name: 'decision', label: '审核结果', options: entries(REVIEW_DECISION_LABELS) }, note()];
    case 'callback-decision':
      return [
        { kind: 'choice', name: 'decision', label: '回访后的处理', options: entries(CALLBACK_DECISION_LABELS) },
        { kind: 'unit', name: 'leadUnitId', label: '改派主办单位（不选则原单位重办）', when: (v) => v.decision === 'rehandle' },
        text('note', '向诉求人的说明（结案时必填）', 500, { optional: true }),
      ];
    case 'supervise':
      return [
        { kind: 'choice', name: 'level', label: '督办级别', options: entries(SUPERVISION_LEVEL_LABELS) },
        { kind: 'choice', name: 'reason', label: '督办原因', options: entries(SUPERVISION_REASON_LABELS) },
        text('note', '督办说明（可不填）', 500, { optional: true }),
      ];
    case 'long-term':
      return [text('note', '说明（可不填）', 500, { optional: true })];
    case 'progress-report':
      return [text('content', '进展情况', 2000)];
    case 'appeal':
      return [text('evidence', '申诉证据（说明理由和依据）', 2000)];
    case 'note':
      return [text('content', '备注内容', 1000)];
  }
}

export const isVisible = (f: Field, v: FormValues) => !f.when || f.when(v);

/** What was typed → request body (hidden fields and empty optional fields left out). */
export function toBody(fields: readonly Field[], v: FormValues): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const f of fields) {
    if (!isVisible(f, v)) continue;
    const value = v[f.name];
    switch (f.kind) {
      case 'fixed':
        body[f.name] = f.value;
        break;
      case 'text':
        // Blank is left out, so the schema says "请填写…" rather than "…至少需要2个字".
        if (typeof value === 'string' && value.trim()) body[f.name] = value;
        break;
      case 'datetime':
        body[f.name] = localInputToIso(typeof value === 'string' ? value : '');
        break;
      case 'unit':
        if (f.multiple) {
          if (Array.isArray(value) && value.length) body[f.name] = value;
        } else if (Array.isArray(value) && value[0]) body[f.name] = value[0];
        break;
      case 'choice':
        if (typeof value === 'string') body[f.name] = value;
        break;
      case 'bool':
        if (typeof value === 'boolean') body[f.name] = value;
        break;
    }
  }
  return body;
}

/** Field name → first message. */
export type FieldErrors = Record<string, string>;

/**
 * Validate with the shared schema (same messages as the backend), plus the backend's rules for fields the schema
 * leaves optional (stateMachine: return-review approve/joint, reply-review non_compliant).
 */
export function validate(action: StaffActionType, body: Record<string, unknown>): { ok: true; data: Record<string, unknown> } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  // The level is chosen as text; the body carries the number (GZ Art.23 levels 1–3).
  if (action === 'supervise' && typeof body.level === 'string') body = { ...body, level: Number(body.level) };
  const r = ACTION_SCHEMAS[action].safeParse(body);
  if (!r.success) {
    for (const issue of r.error.issues) {
      const key = String(issue.path[0] ?? '_');
      errors[key] ??= issue.message;
    }
  }
  if (action === 'return-review') {
    if (body.decision === 'approve' && !body.leadUnitId) errors.leadUnitId ??= '请选择新的主办单位';
    if (body.decision === 'joint' && !(Array.isArray(body.coUnitIds) && body.coUnitIds.length)) {
      errors.coUnitIds ??= '联合办理需要选择至少一个协办单位';
    }
  }
  if (action === 'callback-decision' && body.decision === 'close' && !(typeof body.note === 'string' && body.note.trim())) {
    errors.note ??= '结案时请向诉求人说明理由';
  }
  if (action === 'reply-review' && body.decision === 'non_compliant' && !(typeof body.note === 'string' && body.note.trim())) {
    errors.note ??= '退回办理结果时请说明原因';
  }
  if (Object.keys(errors).length || !r.success) return { ok: false, errors };
  return { ok: true, data: r.data as Record<string, unknown> };
}

/** The question asked before sending, naming what will happen ("确认转派给 XX？"). */
export function confirmText(action: StaffActionType, body: Record<string, unknown>, unitName: (id: string) => string): string {
  const names = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => unitName(String(id))).join('、') : '');
  const co = names(body.coUnitIds);
  const withCo = co ? `，协办单位：${co}` : '';
  switch (action) {
    case 'dispatch':
      return `确认转派给 ${unitName(String(body.leadUnitId))}${withCo}？`;
    case 'designate':
      return `确认指定 ${unitName(String(body.leadUnitId))} 为主办单位${withCo}？`;
    case 'return-review':
      if (body.decision === 'approve') return `确认同意退回，改派给 ${unitName(String(body.leadUnitId))}${withCo}？`;
      if (body.decision === 'joint') return `确认联合办理，增加协办单位：${co}？`;
      return '确认不同意退回，由原单位继续办理？';
    case 'reply-review':
      return body.decision === 'compliant' ? '确认办理结果合格？诉求人将收到答复并评价。' : '确认退回重新办理？办理期限不会重新计算。';
    case 'decline':
      return `确认不予受理？原因：${DECLINE_REASON_LABELS[body.reason as keyof typeof DECLINE_REASON_LABELS] ?? ''}`;
    case 'accept':
      return '确认签收该诉求？签收后由本单位办理。';
    case 'answer':
      return '确认直接答复诉求人？';
    case 'terminate-review':
    case 'appeal-review':
      return `确认${body.decision === 'approve' ? '同意' : '不同意'}该${action === 'terminate-review' ? '终止申请' : '申诉'}？`;
    case 'rating':
      return `确认录入评价：${RATING_LABELS[body.result as keyof typeof RATING_LABELS] ?? ''}？`;
    default:
      return `确认${ACTION_LABELS[action]}？`;
  }
}
