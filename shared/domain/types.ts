/**
 * Domain vocabulary of the 12345 hotline (docs/rules.md §2). One English name per concept, used everywhere:
 * types, table attributes, routes and UI keys. Chinese appears only in user-facing labels (see ./labels.ts).
 */

export const CATEGORIES = ['consultation', 'help', 'complaint', 'report', 'suggestion'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = [
  'received',
  'not_accepted',
  'dispatched',
  'return_requested',
  'in_progress',
  'reply_review',
  'awaiting_rating',
  'closed',
  'withdrawn',
  'terminated',
] as const;
export type Status = (typeof STATUSES)[number];

/** Terminal, open and the other named groups of statuses: ./statusGroups.ts. */

export const ROLES = ['citizen', 'center', 'unit', 'admin', 'scheduler'] as const;
export type Role = (typeof ROLES)[number];

export const CHANNELS = ['wechat', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Actor {
  role: Role;
  /** Unit staff: the unit they belong to (from the token, never from the request body). */
  unitId?: string;
  /** Citizen: WeChat openid (from the token). */
  openid?: string;
  /** Staff: username (from the token). */
  username?: string;
  /** Staff: display name (from the token, set at sign-in); stamped on timeline events with the username. */
  name?: string;
}

/** A running deadline: an ISO-8601 instant in +08:00, and whether it rests on a provisional calendar year. */
export interface Deadline {
  at: string;
  provisional: boolean;
}

export interface Deadlines {
  dispatchBy: Deadline | null;
  checkBy: Deadline | null;
  handleBy: Deadline | null;
  rateBy: Deadline | null;
}

export interface Counts {
  extensions: number;
  returns: number;
  rehandles: number;
}

export const RATING_RESULTS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type RatingResult = (typeof RATING_RESULTS)[number];
export type RatingSource = 'requestor' | 'callback' | 'timeout';

export interface Rating {
  result: RatingResult;
  comment: string | null;
  source: RatingSource;
  at: string;
  /** CS Art.27: an appeal the centre upheld takes the rating out of the satisfaction rate. */
  excluded?: boolean;
}

export interface Reply {
  process: string;
  result: string;
  handledAt: string;
  contactedRequestor: boolean;
  at: string;
  unitId: string;
}

export const EVENT_TYPES = [
  'submitted',
  'answered',
  'declined',
  'dispatched',
  'accepted',
  'deemed_accepted',
  'return_requested',
  'return_approved',
  'return_rejected',
  'return_joint',
  'designated',
  'extended',
  'supplemented',
  'clock_restarted',
  'replied',
  'reply_approved',
  'reply_rejected',
  'rated',
  'rehandling',
  'closed',
  'withdrawn',
  'terminate_requested',
  'terminated',
  'terminate_rejected',
  'long_term',
  'progress_reported',
  'appealed',
  'appeal_decided',
  'dispatch_overdue',
  'warning',
  'supervision_1',
  'supervision_2',
  'supervision_3',
  'note_added',
  'claimed',
  // Changsha signing (CS Art.17): the signing deadline passed unsigned.
  'sign_overdue',
  // The centre's own decisions (CS Art.21, 26, 33; GZ Art.23, CS Art.34, WF Art.26).
  'extension_requested',
  'extension_rejected',
  'callback_opened',
  'callback_overdue',
  'review_overdue',
  'supervised',
  'reopened',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TimelineEvent {
  type: EventType;
  /** ISO-8601 instant in +08:00. */
  at: string;
  /** username/name: the acting staff account (GZ Art.26, CS Art.39), stamped by the service layer; never shown to citizens. */
  actor: { role: Role; unitId?: string; username?: string; name?: string };
  note?: string;
  data?: Record<string, unknown>;
  /** The matter version this event produced (1 = submission). Events are never edited or deleted. */
  version: number;
}

/**
 * Escalation progress of the handling deadline (docs/rules.md §4). Stored on the matter so each
 * (matter, timer, level) fires exactly once: the sweep's write is conditional on the matter's version.
 */
export type HandleEscalation = 0 | 1 | 2 | 3;

/** Why the centre opened supervision by hand (GZ Art.23, CS Art.34, WF Art.26). */
export const SUPERVISION_REASONS = ['non_compliant_reply', 'long_term', 'hot_spot', 'media', 'assigned', 'repeat_unsatisfied', 'other'] as const;
export type SupervisionReason = (typeof SUPERVISION_REASONS)[number];

export interface PendingRequest {
  /** `extension`: CS Art.21 review; `callback`: the centre's manual callback after an unsatisfied rating (CS Art.26). */
  kind: 'return' | 'terminate' | 'appeal' | 'extension' | 'callback';
  reason: string;
  basis?: string;
  at: string;
  unitId: string;
  /** Status to go back to if the centre rejects the request. */
  fromStatus: Status;
}

export interface Matter {
  id: string;
  trackingNo: string;
  channel: Channel;
  category: Category;
  title: string | null;
  content: string;
  district: string;
  address: string | null;
  location: { lat: number; lng: number } | null;
  attachments: string[];
  confidential: boolean;
  /** Citizen who owns the matter (WeChat openid); null for a phone matter not yet claimed. */
  ownerOpenid: string | null;
  status: Status;
  createdAt: string;
  updatedAt: string;
  version: number;
  overdue: boolean;
  supervisionLevel: 0 | 1 | 2 | 3;
  difficult: boolean;
  longTerm: boolean;
  /** True while a matter is being re-handled after a first unsatisfied rating (GZ Art.20). */
  rehandling: boolean;
  leadUnitId: string | null;
  coUnitIds: string[];
  deadlines: Deadlines;
  counts: Counts;
  /** Handling-deadline escalation reached so far; reset whenever handleBy restarts. */
  warned: boolean;
  escalation: HandleEscalation;
  dispatchOverdueAlerted: boolean;
  /** The requestor added new information since the clock last (re)started (GZ Art.17 ¶2). */
  supplementPending: boolean;
  reply: Reply | null;
  rating: Rating | null;
  pending: PendingRequest | null;
  /** Set when the matter has been linked to an earlier one as a repeat (GZ Art.22). */
  repeatOf: string | null;
  /**
   * CS Art.17: the signing deadline (end of the first WD after dispatch), when the unit signed (or was deemed to),
   * and whether the centre was alerted. Absent under policies without signing and on matters stored before it.
   */
  signBy?: Deadline | null;
  /** When the current lead unit accepted (signed) the matter by its own act; a reply's handledAt may not be earlier. */
  acceptedAt?: string | null;
  signedAt?: string | null;
  signOverdueAlerted?: boolean;
  /** CS Art.33: the centre's own review (return, reply, extension, callback) is due by this; alerted once. */
  reviewBy?: Deadline | null;
  reviewOverdueAlerted?: boolean;
  /** Reasons of manual supervision (GZ Art.23, CS Art.34, WF Art.26), newest last. */
  supervisionReasons?: SupervisionReason[];
  /** Open data: the citizen agreed at submission that a redacted description may be published (GZ Art.25, CS Art.28). */
  publishConsent?: boolean;
  /** Terminal explanation: decline reason/guidance, termination explanation. */
  outcome: { reason?: string; guidance?: string; note?: string } | null;
}
