/**
 * The JSON shapes of a matter as the API sends it (docs/rules.md §5 shape, §7 privacy), one definition for the
 * backend that builds them (./matter.ts, called by functions/api) and both sides of the mini-program that read them.
 * Types only.
 */
import type {
  Category,
  Channel,
  Counts,
  Deadline,
  Deadlines,
  EventType,
  PendingRequest,
  Rating,
  Reply,
  Role,
  Status,
  SupervisionReason,
} from '../domain/types';

export interface UnitRef {
  id: string;
  name: string;
}

/** Unit id → name. */
export type UnitNames = ReadonlyMap<string, string>;

/** Contact details as stored (sealed at rest: functions/privacy/pii.ts). */
export interface Contact {
  name: string | null;
  phone: string;
}

export interface TimelineEntry {
  type: EventType;
  at: string;
  version: number;
  /** username/name: the acting staff account, for staff viewers only (GZ Art.26, CS Art.39). */
  actor: { role: Role; unitId?: string; unitName?: string; username?: string; name?: string };
  note?: string;
  data?: Record<string, unknown>;
}

/** A row of a list (my matters, queues: GET /v1/matters, GET /v1/work/matters): no timeline, no contact. */
export interface MatterSummary {
  id: string;
  trackingNo: string;
  channel: Channel;
  category: Category;
  title: string | null;
  /** At most 80 characters, then "…". */
  content: string;
  district: string;
  status: Status;
  statusLabel: string;
  confidential: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  overdue: boolean;
  supervisionLevel: 0 | 1 | 2 | 3;
  supervisionLabel: string | null;
  statusExplanation: string;
  difficult: boolean;
  longTerm: boolean;
  rehandling: boolean;
  leadUnit: UnitRef | null;
  deadlines: Deadlines;
  /** CS Art.33: when the centre's pending review is due; null in the citizen's own list. */
  reviewBy: Deadline | null;
  counts: Counts;
}

export interface MatterPhoto {
  url: string;
}

export type MatterReply = Reply;
export type MatterRating = Rating;

/**
 * GET /v1/matters/{id} and every action's reply (./matter.ts matterView). The citizen sees their own contact details,
 * the reply once approved, no pending request and no internal notes; staff see a masked phone; a unit sees no identity
 * on a confidential matter.
 */
export interface MatterView extends MatterSummary {
  /** In full. */
  content: string;
  address: string | null;
  location: { lat: number; lng: number } | null;
  /** Short-lived signed URLs of the matter's photos (about 15 minutes: reload the matter to refresh them). */
  photos: MatterPhoto[];
  coUnits: UnitRef[];
  /** CS Art.17: the signing deadline and when the unit signed; null under policies without signing. */
  signing: { signBy: Deadline; signedAt: string | null } | null;
  /** CS Art.33: when the centre's pending review is due (null for the citizen). */
  reviewBy: Deadline | null;
  /** Reasons of manual supervision, newest last (empty for the citizen). */
  supervisionReasons: SupervisionReason[];
  reply: MatterReply | null;
  rating: MatterRating | null;
  /** Always null for the citizen. */
  pending: PendingRequest | null;
  /** GZ Art.17 ¶2: the requestor added information since the clock last started (the lead unit may restart it). */
  supplementPending: boolean;
  outcome: { reason?: string; guidance?: string; note?: string } | null;
  repeatOf: string | null;
  /** Masked for staff; null for a unit on a confidential matter (or when none was given). */
  contact: Contact | null;
  timeline: TimelineEntry[];
}

/** The public lookup by tracking number + last 4 digits (no WeChat): no personal data. */
export interface PublicMatterView {
  trackingNo: string;
  category: Category;
  district: string;
  status: Status;
  statusLabel: string;
  statusExplanation: string;
  createdAt: string;
  overdue: boolean;
  supervisionLevel: 0 | 1 | 2 | 3;
  leadUnit: UnitRef | null;
  deadlines: Deadlines;
  reply: { result: string; at: string } | null;
  timeline: Array<Pick<TimelineEntry, 'type' | 'at' | 'actor'>>;
}

/** The mini-program's names for the same shapes: the citizen's and the staff's matter differ only in masking. */
export type CitizenMatter = MatterView;
export type StaffMatter = MatterView;
export type QueueItem = MatterSummary;
