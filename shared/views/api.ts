/**
 * The other JSON shapes of the API that the mini-program reads or sends (docs/api.md): sign-in, pages of matters,
 * units, uploads, knowledge. One definition for both sides. Types only.
 */
import type { Status } from '../domain/types';
import type { SubmissionInput } from '../schemas';
import type { MatterSummary } from './types';

export interface MatterPage {
  items: MatterSummary[];
  cursor: string | null;
}

/** GET /v1/work/matters: a page of the queue. */
export type QueuePage = MatterPage;

export type QueueFilter = {
  status?: Status;
  overdue?: boolean;
  /** At least this supervision level (1–3). */
  supervisionLevel?: 1 | 2 | 3;
};

/** POST /v1/uploads: a presigned form for one photo (the file goes last, as part `file`). */
export interface PresignedUpload {
  key: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
  maxBytes: number;
}

export interface KnowledgeArticle {
  id: string;
  title: string;
  body: string;
  tags: string[];
  score: number;
}

/** POST /v1/auth/wechat. */
export interface AuthToken {
  token: string;
  expiresAt: string;
}

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

/** GET /v1/work/units → {items: Unit[]}. */
export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

/** Body of POST /v1/matters: what shared/schemas submissionSchema gives (the mini-program validates with it first). */
export type SubmissionBody = SubmissionInput;

/** The commands a citizen gives from the mini-program. */
export type CitizenAction = 'supplement' | 'rating' | 'withdraw';
