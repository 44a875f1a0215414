/**
 * JSON shapes the workbench reads (functions/api/views.ts: matterView for staff, matterSummary for queue rows).
 * Written out here rather than imported from functions/ so the mini-program never depends on backend modules.
 */
import type { DeclineReason } from '../../../../shared/domain/commands';
import type {
  Category,
  Channel,
  Counts,
  Deadline,
  Deadlines,
  EventType,
  PendingRequest,
  Rating,
  Role,
  Status,
} from '../../../../shared/domain/types';

export type StaffRole = 'center' | 'unit' | 'admin';

/** POST /v1/auth/staff → {token, expiresAt, role, username, unitId?}. */
export interface StaffSession {
  token: string;
  role: StaffRole;
  username?: string;
  unitId?: string;
  /** ISO instant. */
  expiresAt?: string;
}

export interface UnitRef {
  id: string;
  name: string;
}

/** GET /v1/work/units → {items: Unit[]}. */
export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

export type { Category, Channel, Counts, Deadline, Deadlines, DeclineReason, EventType, PendingRequest, Rating, Role, Status };

/** A queue row (matterSummary). */
export interface QueueItem {
  id: string;
  trackingNo: string;
  channel: Channel;
  category: Category;
  title: string | null;
  content: string;
  district: string;
  status: Status;
  statusLabel?: string;
  confidential: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
  overdue: boolean;
  supervisionLevel: 0 | 1 | 2 | 3;
  difficult: boolean;
  longTerm: boolean;
  rehandling: boolean;
  leadUnit: UnitRef | null;
  deadlines: Deadlines;
  counts: Counts;
}

export interface QueuePage {
  items: QueueItem[];
  cursor: string | null;
}

export interface TimelineEntry {
  type: EventType;
  at: string;
  version?: number;
  /** username/name: the acting staff account (GZ Art.26, CS Art.39). */
  actor: { role: Role; unitId?: string; unitName?: string; username?: string; name?: string };
  note?: string;
  data?: Record<string, unknown>;
}

export interface MatterReply {
  process: string;
  result: string;
  handledAt: string;
  contactedRequestor: boolean;
  at: string;
  unitId: string;
}

/** GET /v1/matters/{id} as staff see it (matterView). */
export interface StaffMatter extends Omit<QueueItem, 'statusLabel'> {
  statusLabel?: string;
  statusExplanation?: string;
  address: string | null;
  location: { lat: number; lng: number } | null;
  /** Short-lived signed URLs of the citizen's photos (GET /v1/matters/{id}). */
  photos: Array<{ url: string }>;
  supervisionLabel?: string | null;
  coUnits: UnitRef[];
  reply: MatterReply | null;
  rating: Rating | null;
  pending: PendingRequest | null;
  outcome: { reason?: string; guidance?: string; note?: string } | null;
  repeatOf: string | null;
  /** Masked for staff; null for a unit on a confidential matter (or when none was given). */
  contact: { name: string | null; phone: string } | null;
  timeline: TimelineEntry[];
}

export type QueueFilter = {
  status?: Status;
  overdue?: boolean;
  /** At least this supervision level (1–3). */
  supervisionLevel?: 1 | 2 | 3;
};
