/**
 * JSON shapes the citizen receives (functions/api/views.ts: matterView / matterSummary; docs/rules.md §5).
 * Domain vocabulary (statuses, categories, event types) comes from shared/domain so both sides agree.
 */
import type {
  Category,
  Counts,
  Deadline,
  Deadlines,
  EventType,
  RatingResult,
  RatingSource,
  Role,
  Status,
} from '../../../shared/domain/types';
import type { ScreeningResult } from '../../../shared/screening';

export type { Category, Deadline, Deadlines, EventType, RatingResult, ScreeningResult, Status };

export interface UnitRef {
  id: string;
  name: string;
}

export interface TimelineEntry {
  type: EventType;
  at: string;
  version: number;
  actor: { role: Role; unitId?: string; unitName?: string };
  note?: string;
  data?: Record<string, unknown>;
}

/** A row of GET /v1/matters. */
export interface MatterSummary {
  id: string;
  trackingNo: string;
  channel: 'wechat' | 'phone';
  category: Category;
  title: string | null;
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
  difficult: boolean;
  longTerm: boolean;
  rehandling: boolean;
  leadUnit: UnitRef | null;
  deadlines: Deadlines;
  counts: Counts;
}

export interface MatterReply {
  process: string;
  result: string;
  handledAt: string;
  contactedRequestor: boolean;
  at: string;
  unitId: string;
}

export interface MatterRating {
  result: RatingResult;
  comment: string | null;
  source: RatingSource;
  at: string;
  excluded?: boolean;
}

export interface MatterPhoto {
  url: string;
}

/** POST /v1/uploads: a presigned form for one photo (the file goes last, as part `file`). */
export interface PresignedUpload {
  key: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

/** GET /v1/matters/{id} and every action's reply, as the owner sees it. */
export interface CitizenMatter extends MatterSummary {
  address: string | null;
  location: { lat: number; lng: number } | null;
  /** Short-lived signed URLs of the matter's photos (about 15 minutes: reload the matter to refresh them). */
  photos: MatterPhoto[];
  statusExplanation: string;
  supervisionLabel: string | null;
  coUnits: UnitRef[];
  reply: MatterReply | null;
  rating: MatterRating | null;
  outcome: { reason?: string; guidance?: string; note?: string } | null;
  repeatOf: string | null;
  contact: { name: string | null; phone: string } | null;
  timeline: TimelineEntry[];
}

export interface MatterPage {
  items: MatterSummary[];
  cursor: string | null;
}

export interface KnowledgeArticle {
  id: string;
  title: string;
  body: string;
  tags: string[];
  score: number;
}

export interface AuthToken {
  token: string;
  expiresAt: string;
}

/** Body of POST /v1/matters (shared/schemas submissionSchema output). */
export interface SubmissionBody {
  category: Category;
  content: string;
  district: string;
  title?: string | null;
  address?: string | null;
  location?: { lat: number; lng: number } | null;
  contactName?: string | null;
  contactPhone: string;
  confidential: boolean;
  publishConsent?: boolean;
  attachments?: string[];
}

export type CitizenAction = 'supplement' | 'rating' | 'withdraw';
