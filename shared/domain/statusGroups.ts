/**
 * Named groups of statuses (docs/rules.md §2), defined once. The transition table (./transitions.ts), the store's
 * queries, open data and both sides of the mini-program read these names instead of writing status lists out.
 */
import type { Status } from './types';

/** Terminal statuses absorb every command (nothing moves a matter out of them). */
export const TERMINAL_STATUSES = ['not_accepted', 'closed', 'withdrawn', 'terminated'] as const satisfies readonly Status[];

/** Not finished: every status but the terminal ones (the same-caller check, GZ Art.22; open data's `open`). */
export const OPEN_STATUSES = [
  'received',
  'dispatched',
  'return_requested',
  'in_progress',
  'reply_review',
  'awaiting_rating',
] as const satisfies readonly Status[];

/** A unit holds the matter: dispatched to it and not yet replied to the citizen's satisfaction (docs/rules.md §5 notes). */
export const WITH_UNIT_STATUSES = ['dispatched', 'return_requested', 'in_progress', 'reply_review'] as const satisfies readonly Status[];

/** The centre must act: dispatch, a return request, a reply to review (GZ Art.13, 15, 19). */
export const AWAITING_CENTRE_STATUSES = ['received', 'return_requested', 'reply_review'] as const satisfies readonly Status[];

/** Still in hand: open and not yet waiting for the citizen's rating (the citizen may add information, GZ Art.17 ¶2). */
export const IN_HAND_STATUSES = ['received', 'dispatched', 'return_requested', 'in_progress', 'reply_review'] as const satisfies readonly Status[];

/** No reply exists yet: the citizen may still withdraw (docs/rules.md §2). */
export const BEFORE_REPLY_STATUSES = ['received', 'dispatched', 'return_requested', 'in_progress'] as const satisfies readonly Status[];

/**
 * Being worked on and under no review (not a return request, not a reply under review, not awaiting the rating):
 * a new call about the same facts most likely repeats one of these (the register page's list of possible duplicates).
 */
export const IN_WORK_STATUSES = ['received', 'dispatched', 'in_progress'] as const satisfies readonly Status[];

/**
 * The unit has handed the matter to the centre (a return request, a reply under review): the handling clock stands
 * still, since the centre's review time never counts against the unit (docs/rules.md §2, return-review and reply-review; ./centre.ts keepUnitTime).
 */
export const HANDLING_PAUSED_STATUSES = ['return_requested', 'reply_review'] as const satisfies readonly Status[];

const has = (group: readonly Status[], s: Status): boolean => group.includes(s);
export const isTerminal = (s: Status): boolean => has(TERMINAL_STATUSES, s);
export const isOpen = (s: Status): boolean => has(OPEN_STATUSES, s);
export const isHandlingPaused = (s: Status): boolean => has(HANDLING_PAUSED_STATUSES, s);
