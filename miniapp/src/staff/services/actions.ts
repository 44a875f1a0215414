/**
 * Which matter actions the signed-in staff member may take now, in display order, with their labels: the commands
 * come from shared/domain/guards.ts (the transition table and its guards, the same answer the backend's `decide` gives).
 */
import type { CommandType } from '../../../../shared/domain/commands';
import { allowedCommands, type GuardPolicy } from '../../../../shared/domain/guards';
import type { StaffMatter, StaffSession } from '../../../../shared/views';

/** Actions a staff member can give (citizen-only commands and the scheduler's tick are never offered). */
export type StaffActionType = Exclude<CommandType, 'tick' | 'supplement' | 'withdraw'>;

/** Display order: the work that moves the matter forward first, side requests after, notes last. */
export const ACTION_ORDER: readonly StaffActionType[] = [
  'accept',
  'dispatch',
  'answer',
  'decline',
  'return-review',
  'extension-review',
  'reply-review',
  'callback-decision',
  'terminate-review',
  'appeal-review',
  'designate',
  'reply',
  'extension',
  'return-request',
  'restart-clock',
  'progress-report',
  'terminate-request',
  'appeal',
  'long-term',
  'supervise',
  'rating',
  'note',
];

/**
 * Actions that move the matter forward: the first of these on offer is the highlighted button. Side requests
 * (restart clock, long-term, notes…) are never highlighted — after a dispatch the centre has nothing to push, and
 * a blue "重新计时" would invite the wrong tap.
 */
const FORWARD_ACTIONS: ReadonlySet<StaffActionType> = new Set([
  'accept',
  'dispatch',
  'answer',
  'return-review',
  'extension-review',
  'reply-review',
  'callback-decision',
  'terminate-review',
  'appeal-review',
  'designate',
  'reply',
  'rating',
]);

/** The action to highlight among those on offer (in ACTION_ORDER), or null when none moves the matter forward. */
export const primaryAction = (actions: readonly StaffActionType[]): StaffActionType | null => actions.find((a) => FORWARD_ACTIONS.has(a)) ?? null;

export const ACTION_LABELS: Readonly<Record<StaffActionType, string>> = {
  answer: '直接答复',
  decline: '不予受理',
  dispatch: '转派',
  accept: '签收',
  'return-request': '申请退回',
  'return-review': '审核退回申请',
  designate: '指定承办单位',
  extension: '申请延期',
  'restart-clock': '重新计时',
  reply: '提交办理结果',
  'reply-review': '审核办理结果',
  rating: '录入回访评价',
  'terminate-request': '申请终止办理',
  'terminate-review': '审核终止申请',
  'long-term': '列为长期办理',
  'progress-report': '报送办理进展',
  appeal: '申诉不满意评价',
  'appeal-review': '审核申诉',
  note: '添加备注',
  'extension-review': '审核延期申请',
  'callback-decision': '回访后处理',
  supervise: '启动督办',
};

/** The parts of a matter the decision reads (a full StaffMatter fits). */
export type ActionMatter = Pick<
  StaffMatter,
  | 'status'
  | 'category'
  | 'difficult'
  | 'longTerm'
  | 'rehandling'
  | 'supplementPending'
  | 'leadUnit'
  | 'coUnits'
  | 'pending'
  | 'rating'
  | 'counts'
  | 'deadlines'
  | 'supervisionLevel'
  | 'signing'
>;

export type ActionSession = Pick<StaffSession, 'role' | 'unitId'>;

/** Policy values that hide actions the local rules never allow (optional: unknown policy → the backend decides). */
export type ActionPolicy = GuardPolicy;

const isLead = (m: ActionMatter, s: ActionSession) => s.role === 'unit' && !!s.unitId && m.leadUnit?.id === s.unitId;
const isCoUnit = (m: ActionMatter, s: ActionSession) =>
  s.role === 'unit' && !!s.unitId && (m.coUnits ?? []).some((u) => u.id === s.unitId);

/**
 * Exactly the actions `session` may take on `matter` now, in display order: the commands the state machine accepts
 * (shared/domain/guards.ts allowedCommands, the function `decide` itself asks). Time windows are left to the backend,
 * which answers with the reason.
 */
export function availableActions(matter: ActionMatter, session: ActionSession, policy?: ActionPolicy | null): StaffActionType[] {
  const allowed = new Set<CommandType>(allowedCommands(matter, session, policy ?? null));
  return ACTION_ORDER.filter((action) => allowed.has(action));
}

/** Why nothing is offered, in words (shown instead of an empty action bar). */
export function noActionReason(matter: ActionMatter, session: ActionSession): string {
  if (session.role === 'admin') return '平台管理员只能查看诉求，不能办理';
  if (session.role === 'unit' && !isLead(matter, session)) {
    return isCoUnit(matter, session) ? '您的单位是协办单位，当前状态下没有可办理的操作' : '该诉求不由您的单位主办，只能查看';
  }
  return '当前状态下没有需要您办理的操作';
}
