/**
 * Which matter actions the signed-in staff member may take now, from the shared transition table
 * (shared/domain/transitions.ts) plus the guards a person can see on the matter (docs/rules.md §2). The backend re-checks
 * everything; this only decides which buttons to show.
 */
import { TRANSITIONS, type Authority } from '../../../../shared/domain/transitions';
import type { CommandType } from '../../../../shared/domain/commands';
import type { PolicyProfile } from '../../../../shared/policy/profiles';
import type { StaffMatter, StaffSession } from './types';

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
  'status' | 'category' | 'difficult' | 'longTerm' | 'rehandling' | 'leadUnit' | 'coUnits' | 'pending' | 'rating' | 'counts'
> & { timeline?: StaffMatter['timeline'] };

export type ActionSession = Pick<StaffSession, 'role' | 'unitId'>;

/** Policy values that hide actions the local rules never allow (optional: unknown policy → the backend decides). */
export type ActionPolicy = Pick<PolicyProfile, 'maxExtensions' | 'appealWindowWD'>;

const isLead = (m: ActionMatter, s: ActionSession) => s.role === 'unit' && !!s.unitId && m.leadUnit?.id === s.unitId;
const isCoUnit = (m: ActionMatter, s: ActionSession) =>
  s.role === 'unit' && !!s.unitId && (m.coUnits ?? []).some((u) => u.id === s.unitId);

/** Does the session hold the rule's authority over this matter (docs/rules.md §1; stateMachine.authorize)? */
export function hasAuthority(authority: Authority, m: ActionMatter, s: ActionSession): boolean {
  switch (authority) {
    case 'center':
      return s.role === 'center';
    case 'lead_unit':
      // The centre may restart the clock for force majeure (the rule's own guard checks the reason).
      return s.role === 'center' || isLead(m, s);
    case 'involved_unit':
      return s.role === 'center' || isLead(m, s) || isCoUnit(m, s);
    case 'owner':
      // A centre operator records the rating a caller gives on a return call (WF Art.25, CS Art.25).
      return s.role === 'center';
    case 'scheduler':
      return false;
  }
}

/** The requestor added information since the clock last (re)started (stateMachine's supplementPending, from the timeline). */
export function hasNewInformation(m: ActionMatter): boolean {
  const timeline = m.timeline ?? [];
  for (let i = timeline.length - 1; i >= 0; i--) {
    const t = timeline[i].type;
    if (t === 'supplemented') return true;
    if (t === 'clock_restarted') return false;
  }
  return false;
}

/** Guards beside the table that the matter shows (the backend answers INVALID_TRANSITION otherwise). */
function guardAllows(action: StaffActionType, m: ActionMatter, s: ActionSession, policy?: ActionPolicy | null): boolean {
  switch (action) {
    case 'answer':
      return m.category === 'consultation'; // GZ Art.13(1)
    case 'designate':
      return m.difficult; // GZ Art.16
    case 'return-request':
      // GZ Art.16: no more returns once difficult. After signing (CS Art.17) the backend decides; no button yet.
      return !m.difficult && m.status === 'dispatched';
    case 'extension':
      if (m.rehandling) return false; // GZ Art.20
      return !policy || m.counts.extensions < policy.maxExtensions; // GZ Art.18 / CS Art.20 / WF Art.20
    case 'terminate-review':
      return m.pending?.kind === 'terminate';
    case 'appeal-review':
      return m.pending?.kind === 'appeal';
    case 'extension-review':
      return m.pending?.kind === 'extension'; // CS Art.21
    case 'callback-decision':
      return m.pending?.kind === 'callback'; // CS Art.26
    case 'rating':
      return m.pending?.kind !== 'callback';
    case 'return-review':
      return !m.pending || m.pending.kind === 'return';
    case 'progress-report':
      return m.longTerm; // GZ Art.21
    case 'long-term':
      return !m.longTerm;
    case 'reply':
      return m.pending?.kind !== 'terminate'; // wait for the centre's decision on termination
    case 'terminate-request':
      return !m.pending;
    case 'appeal': {
      if (policy && policy.appealWindowWD === null) return false; // CS Art.27 only
      const r = m.rating;
      return !m.pending && !!r && r.result === 'unsatisfied' && r.source !== 'timeout' && !r.excluded;
    }
    case 'restart-clock':
      // The lead unit restarts for new information from the requestor; the centre for force majeure.
      return s.role === 'center' || hasNewInformation(m);
    default:
      return true;
  }
}

/** Exactly the actions `session` may take on `matter` now, in display order. */
export function availableActions(matter: ActionMatter, session: ActionSession, policy?: ActionPolicy | null): StaffActionType[] {
  return ACTION_ORDER.filter((action) => {
    const rule = TRANSITIONS[action];
    return (
      rule.roles.includes(session.role) &&
      rule.from.includes(matter.status) &&
      hasAuthority(rule.authority, matter, session) &&
      guardAllows(action, matter, session, policy)
    );
  });
}

/** Why nothing is offered, in words (shown instead of an empty action bar). */
export function noActionReason(matter: ActionMatter, session: ActionSession): string {
  if (session.role === 'admin') return '平台管理员只能查看诉求，不能办理';
  if (session.role === 'unit' && !isLead(matter, session)) {
    return isCoUnit(matter, session) ? '您的单位是协办单位，当前状态下没有可办理的操作' : '该诉求不由您的单位主办，只能查看';
  }
  return '当前状态下没有需要您办理的操作';
}
