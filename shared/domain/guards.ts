/**
 * Which commands an actor may give a matter now: the transition table (./transitions.ts) plus the guards that read
 * the matter's flags, pending request, rating, counts and windows. One answer for both sides of the seam: `decide`
 * (./stateMachine.ts) throws the refusal, and the mini-program offers a button exactly for `allowedCommands`.
 * Checks that read the command's own fields (a reason, a decision's note, a unit) stay in the rules of ./stateMachine.ts.
 */
import type { WorkCalendar } from '../calendar/types';
import { deadlineMs as ms } from '../calendar/time';
import { addWorkingDays } from '../calendar/workingDays';
import type { PolicyProfile } from '../policy';
import type { CommandType } from './commands';
import type { ErrorCode } from './errors';
import { isTerminal } from './statusGroups';
import { COMMAND_TYPES, TRANSITIONS } from './transitions';
import type { Actor, Category, Counts, Deadline, Deadlines, PendingRequest, Rating, Status } from './types';

/** What the guards read of a matter: the domain Matter and every view of it (shared/views) carry these fields. */
export interface GuardedMatter {
  status: Status;
  category: Category;
  difficult: boolean;
  longTerm: boolean;
  rehandling: boolean;
  /** GZ Art.17 ¶2: the requestor added information since the clock last started. */
  supplementPending: boolean;
  /** Hidden (null) in the citizen's view: no citizen command reads it. */
  pending: Pick<PendingRequest, 'kind'> | null;
  rating: Pick<Rating, 'result' | 'source' | 'at' | 'excluded'> | null;
  counts: Counts;
  deadlines: Deadlines;
  supervisionLevel: number;
}

/**
 * Who is on the matter: ids as stored (the domain Matter) or as shown (a view's `leadUnit`, `coUnits`). A view carries
 * no owner: the API shows a citizen only their own matters (another's is 404), so a citizen reading one is its owner.
 */
export type CommandSubject = GuardedMatter &
  (
    | { leadUnitId: string | null; coUnitIds: readonly string[]; ownerOpenid: string | null; signedAt?: string | null }
    | { leadUnit: { id: string } | null; coUnits: readonly { id: string }[]; signing?: { signedAt: string | null } | null }
  );

export type GuardActor = Pick<Actor, 'role' | 'unitId' | 'openid'>;

/** The policy values the guards read; null when unknown (the mini-program before it loaded): the backend decides. */
export type GuardPolicy = Pick<PolicyProfile, 'maxExtensions' | 'appealWindowWD' | 'signing'> & {
  centre: Pick<PolicyProfile['centre'], 'directDesignation'>;
};

/**
 * `now` for the time windows (return window, handling deadline; the appeal window also needs the calendar). Without it
 * the windows are not checked: the mini-program shows the button and the backend answers DEADLINE_PASSED with the reason.
 */
export interface GuardClock {
  now: number;
  calendar?: WorkCalendar;
}

/** Why a command is refused, by name; the words are in ./refusals.ts (the backend's, kept out of the buttons' bundle). */
export type RefusalReason =
  | 'role'
  | 'not_found'
  | 'co_unit'
  | 'not_your_unit'
  | 'ended'
  | 'wrong_status'
  | 'not_consultation'
  | 'difficult_no_return'
  | 'signed_no_return'
  | 'return_not_now'
  | 'return_window_signed'
  | 'return_window_dispatched'
  | 'designate_dispute'
  | 'designate_difficult'
  | 'rehandling_no_extension'
  | 'extension_under_review'
  | 'request_pending'
  | 'extension_limit'
  | 'handling_deadline_passed'
  | 'no_new_information'
  | 'termination_under_review'
  | 'no_termination_request'
  | 'already_long_term'
  | 'not_long_term'
  | 'appeal_not_in_policy'
  | 'appeal_only_unsatisfied'
  | 'appeal_upheld'
  | 'appeal_window'
  | 'no_appeal_request'
  | 'rating_under_callback'
  | 'no_extension_request'
  | 'no_callback'
  | 'supervised_max'
  | 'reveal_lead_only'
  | 'reveal_confidential'
  | 'reveal_forbidden';

/**
 * Why a command is refused: a plain value (the buttons ask about every command, so no Error is built for an answer
 * of no); `decide` throws it as a DomainError (./refusals.ts refusalError). `details` go to the client with the
 * error; `params` only fill in the words.
 */
export interface Refusal {
  code: ErrorCode;
  reason: RefusalReason;
  details?: Record<string, unknown>;
  params?: Record<string, number>;
}
const no = (code: ErrorCode, reason: RefusalReason, details?: Record<string, unknown>): Refusal => (details ? { code, reason, details } : { code, reason });
const forbidden = (reason: RefusalReason) => no('FORBIDDEN', reason);
const refuse = (reason: RefusalReason) => no('INVALID_TRANSITION', reason);


/** Lead and co-units, as stored or as shown. */
type Parties = { leadUnitId: string | null; coUnitIds: readonly string[]; ownerOpenid: string | null } | { leadUnit: { id: string } | null; coUnits: readonly { id: string }[] };

function parties(m: Parties) {
  if ('leadUnitId' in m) return { lead: m.leadUnitId, co: m.coUnitIds, owner: m.ownerOpenid as string | null | undefined };
  return { lead: m.leadUnit?.id ?? null, co: m.coUnits.map((u) => u.id), owner: undefined };
}

/** CS Art.17: when the lead unit signed (stored on the matter; shown in a view's `signing`). */
const signedAtOf = (m: CommandSubject): string | null => ('leadUnitId' in m ? (m.signedAt ?? null) : (m.signing?.signedAt ?? null));

/** Who may act: role first, then ownership / lead-unit authority (docs/rules.md §1). */
function authorityRefusal(m: CommandSubject, type: CommandType, actor: GuardActor): Refusal | null {
  const rule = TRANSITIONS[type];
  if (!rule.roles.includes(actor.role)) return forbidden('role');
  const { lead, co, owner } = parties(m);
  switch (rule.authority) {
    case 'owner':
      // A centre operator records a rating given on a return call (WF Art.25, CS Art.25).
      if (actor.role === 'center') return null;
      // Another citizen's matter is reported as not found (docs/rules.md §5), never as forbidden.
      if (owner === undefined) return null;
      return !owner || owner !== actor.openid ? no('NOT_FOUND', 'not_found') : null;
    case 'lead_unit':
      if (actor.role === 'center') return null; // restart-clock: the centre's own reason is checked in the rule
      if (!actor.unitId || actor.unitId !== lead) {
        return forbidden(co.includes(actor.unitId ?? '') ? 'co_unit' : 'not_your_unit');
      }
      return null;
    case 'involved_unit':
      if (actor.role === 'center') return null;
      return !actor.unitId || (actor.unitId !== lead && !co.includes(actor.unitId)) ? forbidden('not_your_unit') : null;
    case 'center':
    case 'scheduler':
      return null;
  }
}

/** GZ Art.13(1): only a consultation is answered on the spot (also what the registration screen offers to answer). */
export const answerable = (category: Category): boolean => category === 'consultation';

type Guard = (m: CommandSubject, actor: GuardActor, policy: GuardPolicy | null, clock?: GuardClock) => Refusal | null;
const passed = (clock: GuardClock | undefined, deadline: Deadline | null) => !!clock && clock.now > ms(deadline);

/** The guards beside the table, per command: null = allowed. */
const GUARDS: Partial<Record<CommandType, Guard>> = {
  answer: (m) => (answerable(m.category) ? null : refuse('not_consultation')),
  // GZ Art.14: only inside the check window; GZ Art.16: never on a difficult matter. CS Art.17(2): a matter being
  // handled only under a signing policy, after signing and inside the return window; never after a rejected return,
  // while re-handling or once long-term.
  'return-request': (m, _a, policy, clock) => {
    if (m.difficult) return refuse('difficult_no_return');
    if (m.status === 'in_progress') {
      if (policy && !policy.signing) return refuse('signed_no_return');
      if (!signedAtOf(m) || !m.deadlines.checkBy || m.rehandling || m.longTerm || m.pending) return refuse('return_not_now');
      if (passed(clock, m.deadlines.checkBy)) return no('DEADLINE_PASSED', 'return_window_signed');
    }
    if (passed(clock, m.deadlines.checkBy)) {
      return no('DEADLINE_PASSED', policy?.signing ? 'return_window_signed' : 'return_window_dispatched');
    }
    return null;
  },
  // GZ Art.16 difficult matters; WF Art.22: on a dispute (a pending return) the centre may designate directly.
  designate: (m, _a, policy) => {
    if (m.difficult) return null;
    const direct = policy?.centre.directDesignation ?? false;
    if (direct && m.status === 'return_requested') return null;
    return refuse(direct ? 'designate_dispute' : 'designate_difficult');
  },
  // GZ Art.18: before the deadline, at most maxExtensions; not while re-handling (GZ Art.20); one request at a time.
  extension: (m, _a, policy, clock) => {
    if (m.rehandling) return refuse('rehandling_no_extension');
    if (m.pending) return refuse(m.pending.kind === 'extension' ? 'extension_under_review' : 'request_pending');
    if (policy && m.counts.extensions >= policy.maxExtensions) {
      return no('LIMIT_REACHED', 'extension_limit', { maxExtensions: policy.maxExtensions });
    }
    if (passed(clock, m.deadlines.handleBy)) return no('DEADLINE_PASSED', 'handling_deadline_passed');
    return null;
  },
  // GZ Art.17 ¶2: the lead unit restarts only after new information from the requestor (the centre for force majeure).
  'restart-clock': (m, actor) => (actor.role === 'unit' && !m.supplementPending ? refuse('no_new_information') : null),
  reply: (m) => (m.pending?.kind === 'terminate' ? refuse('termination_under_review') : null),
  // WF Art.21: the lead unit may ask to terminate; the centre decides.
  'terminate-request': (m) => (m.pending ? refuse('request_pending') : null),
  'terminate-review': (m) => (m.pending?.kind === 'terminate' ? null : refuse('no_termination_request')),
  // GZ Art.21: long-term matters report progress periodically.
  'long-term': (m) => (m.longTerm ? refuse('already_long_term') : null),
  'progress-report': (m) => (m.longTerm ? null : refuse('not_long_term')),
  // CS Art.27: the unit may appeal an unsatisfied rating within the window (policy-gated), once it is upheld no more.
  appeal: (m, _a, policy, clock) => {
    const window = policy ? policy.appealWindowWD : undefined;
    if (window === null) return refuse('appeal_not_in_policy');
    const r = m.rating;
    if (!r || r.result !== 'unsatisfied' || r.source === 'timeout') return refuse('appeal_only_unsatisfied');
    if (r.excluded) return refuse('appeal_upheld');
    if (m.pending) return refuse('request_pending');
    if (window !== undefined && clock?.calendar && passed(clock, addWorkingDays(clock.calendar, r.at, window))) {
      return { code: 'DEADLINE_PASSED', reason: 'appeal_window', params: { window } };
    }
    return null;
  },
  'appeal-review': (m) => (m.pending?.kind === 'appeal' ? null : refuse('no_appeal_request')),
  // CS Art.26: an unsatisfied rating under callback waits for the centre's decision. The citizen's view hides the
  // centre's task; what it shows is that the rating window closed when the callback opened (rateBy cleared).
  rating: (m, actor) =>
    m.pending?.kind === 'callback' || (actor.role === 'citizen' && !m.deadlines.rateBy)
      ? refuse('rating_under_callback')
      : null,
  // CS Art.21: the centre reviews a pending extension request.
  'extension-review': (m) => (m.pending?.kind === 'extension' ? null : refuse('no_extension_request')),
  // CS Art.26: after the callback, the centre re-handles or closes.
  'callback-decision': (m) => (m.pending?.kind === 'callback' ? null : refuse('no_callback')),
  // GZ Art.23, CS Art.34, WF Art.26: only upwards (the level asked for is checked in the rule).
  supervise: (m) => (m.supervisionLevel >= 3 ? { code: 'INVALID_TRANSITION', reason: 'supervised_max', params: { level: m.supervisionLevel } } : null),
};

/**
 * Why `actor` may not give `type` now, in the order `decide` checks: role and authority (FORBIDDEN / NOT_FOUND),
 * status (INVALID_TRANSITION), then the guards (INVALID_TRANSITION for flags, LIMIT_REACHED for counts,
 * DEADLINE_PASSED for windows). null = allowed.
 */
export function commandRefusal(
  m: CommandSubject,
  type: CommandType,
  actor: GuardActor,
  policy: GuardPolicy | null,
  clock?: GuardClock,
): Refusal | null {
  const denied = authorityRefusal(m, type, actor);
  if (denied) return denied;
  if (!TRANSITIONS[type].from.includes(m.status)) {
    return no('INVALID_TRANSITION', isTerminal(m.status) ? 'ended' : 'wrong_status', {
      status: m.status,
      action: type,
    });
  }
  return GUARDS[type]?.(m, actor, policy, clock) ?? null;
}

/** Every command `actor` may give the matter now, in the table's order (the mini-program's buttons). */
export const allowedCommands = (m: CommandSubject, actor: GuardActor, policy: GuardPolicy | null, clock?: GuardClock): CommandType[] =>
  COMMAND_TYPES.filter((type) => commandRefusal(m, type, actor, policy, clock) === null);

/**
 * Who may see the caller's full number (POST /v1/matters/{id}/reveal-phone; the workbench shows the button by the same
 * answer): the centre, and the lead unit unless the requestor asked for confidentiality (WF Art.11, CS Art.15).
 */
export function revealRefusal(m: Parties & { confidential: boolean }, actor: GuardActor): Refusal | null {
  if (actor.role === 'unit') {
    if (parties(m).lead !== actor.unitId) return forbidden('reveal_lead_only');
    if (m.confidential) return forbidden('reveal_confidential');
    return null;
  }
  return actor.role === 'center' ? null : forbidden('reveal_forbidden');
}

/** May `actor` give `type` now? */
export const mayGive = (m: CommandSubject, type: CommandType, actor: GuardActor, policy: GuardPolicy | null, clock?: GuardClock): boolean =>
  commandRefusal(m, type, actor, policy, clock) === null;
