/**
 * The transition table (docs/rules.md §2 Lifecycle, §5 actions) as data: which role may give each command,
 * in which statuses, and on whose authority. Tests enumerate it: every (status, command) pair that is not
 * listed here must be refused with INVALID_TRANSITION. Guards that depend on flags, windows and counts
 * (difficult, rehandling, deadlines, limits) live beside the rules in ./stateMachine.ts.
 */
import type { CommandType } from './commands';
import { BEFORE_REPLY_STATUSES, IN_HAND_STATUSES, OPEN_STATUSES, WITH_UNIT_STATUSES } from './statusGroups';
import type { Role, Status } from './types';

/** Who gives a command: the matter's owner, the lead unit, any unit on the matter, the centre, the scheduler. */
export type Authority = 'owner' | 'lead_unit' | 'involved_unit' | 'center' | 'scheduler';

export interface TransitionRule {
  /** Roles that may give the command (admin reads everything but acts on nothing: docs/rules.md §1). */
  roles: readonly Role[];
  authority: Authority;
  /** Statuses in which the command applies. */
  from: readonly Status[];
  /** Regulation article behind the rule. */
  basis: string;
}

export const TRANSITIONS: Readonly<Record<CommandType, TransitionRule>> = {
  answer: { roles: ['center'], authority: 'center', from: ['received'], basis: 'GZ Art.13(1)' },
  decline: { roles: ['center'], authority: 'center', from: ['received'], basis: 'WF Art.19, CS Art.13' },
  dispatch: { roles: ['center'], authority: 'center', from: ['received'], basis: 'GZ Art.13' },
  accept: { roles: ['unit'], authority: 'lead_unit', from: ['dispatched'], basis: 'GZ Art.14' },
  // in_progress: only after signing under a signing policy, inside the return window (CS Art.17(2)).
  'return-request': { roles: ['unit'], authority: 'lead_unit', from: ['dispatched', 'in_progress'], basis: 'GZ Art.14–16, CS Art.17' },
  'return-review': { roles: ['center'], authority: 'center', from: ['return_requested'], basis: 'GZ Art.15' },
  designate: {
    roles: ['center'],
    authority: 'center',
    from: ['dispatched', 'return_requested', 'in_progress'],
    basis: 'GZ Art.16, WF Art.22',
  },
  extension: { roles: ['unit'], authority: 'lead_unit', from: ['in_progress'], basis: 'GZ Art.18' },
  supplement: {
    roles: ['citizen'],
    authority: 'owner',
    from: IN_HAND_STATUSES,
    basis: 'GZ Art.17 ¶2',
  },
  'restart-clock': {
    roles: ['unit', 'center'],
    authority: 'lead_unit', // the centre may restart for force majeure: see stateMachine guard
    from: ['dispatched', 'in_progress'],
    basis: 'GZ Art.17 ¶2',
  },
  reply: { roles: ['unit'], authority: 'lead_unit', from: ['in_progress'], basis: 'GZ Art.19' },
  'reply-review': { roles: ['center'], authority: 'center', from: ['reply_review'], basis: 'GZ Art.19' },
  rating: { roles: ['citizen', 'center'], authority: 'owner', from: ['awaiting_rating'], basis: 'CS Art.25–26, GZ Art.20' },
  withdraw: {
    roles: ['citizen'],
    authority: 'owner',
    from: BEFORE_REPLY_STATUSES,
    basis: 'docs/rules.md §2 (withdraw before a reply exists)',
  },
  'terminate-request': { roles: ['unit'], authority: 'lead_unit', from: ['in_progress'], basis: 'WF Art.21' },
  'terminate-review': { roles: ['center'], authority: 'center', from: ['in_progress'], basis: 'WF Art.21' },
  'long-term': { roles: ['center'], authority: 'center', from: ['dispatched', 'in_progress'], basis: 'GZ Art.21' },
  'progress-report': { roles: ['unit'], authority: 'lead_unit', from: ['in_progress'], basis: 'GZ Art.21' },
  appeal: { roles: ['unit'], authority: 'lead_unit', from: ['in_progress', 'closed'], basis: 'CS Art.27' },
  'appeal-review': { roles: ['center'], authority: 'center', from: ['in_progress', 'closed'], basis: 'CS Art.27' },
  'extension-review': { roles: ['center'], authority: 'center', from: ['in_progress'], basis: 'CS Art.21' },
  'callback-decision': { roles: ['center'], authority: 'center', from: ['awaiting_rating'], basis: 'CS Art.26' },
  supervise: { roles: ['center'], authority: 'center', from: OPEN_STATUSES, basis: 'GZ Art.23, CS Art.34, WF Art.26' },
  note: { roles: ['unit', 'center'], authority: 'involved_unit', from: WITH_UNIT_STATUSES, basis: 'docs/rules.md §5 (co-units add notes)' },
  tick: {
    roles: ['scheduler'],
    authority: 'scheduler',
    from: OPEN_STATUSES,
    basis: 'docs/rules.md §4, CS Art.33',
  },
};

export const COMMAND_TYPES = Object.keys(TRANSITIONS) as CommandType[];

/** Commands the given role may give at all (used by the UI to decide which buttons could ever show). */
export const commandsForRole = (role: Role): CommandType[] =>
  COMMAND_TYPES.filter((c) => TRANSITIONS[c].roles.includes(role));

/** Is `status` one the command can start from (ignoring guards)? */
export const isListed = (command: CommandType, status: Status): boolean =>
  TRANSITIONS[command].from.includes(status);
