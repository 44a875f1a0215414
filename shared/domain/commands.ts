/**
 * Commands a person (or the scheduler) can give a matter. The HTTP action names of docs/rules.md §5 are the `type`s.
 * Request-body validation lives in shared/schemas; these types are what the state machine receives.
 */
import type { RatingResult, SupervisionReason } from './types';

export const DECLINE_REASONS = [
  'emergency', // 110/119/120/122 matters (GZ Art.11)
  'litigation', // courts, arbitration (WF Art.19, CS Art.13)
  'petition', // 信访 channel
  'discipline', // 纪检监察
  'info_disclosure', // 政府信息公开
  'party_congress_army', // Party, People's Congress, CPPCC, army bodies
  'not_government', // private disputes outside government duties
  'repeat', // same requestor, same facts, already handled (GZ Art.22)
  'insufficient_info', // cannot be handled without basic facts
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const TERMINATE_REASONS = ['refuses_cooperation', 'out_of_scope'] as const; // WF Art.21
export type TerminateReason = (typeof TERMINATE_REASONS)[number];

export const RESTART_REASONS = ['new_information', 'force_majeure'] as const; // GZ Art.17 ¶2
export type RestartReason = (typeof RESTART_REASONS)[number];

export type Command =
  | { type: 'answer'; answer: string }
  | { type: 'decline'; reason: DeclineReason; guidance: string }
  | { type: 'dispatch'; leadUnitId: string; coUnitIds?: string[] }
  | { type: 'accept' }
  | { type: 'return-request'; reason: string; basis: string }
  | { type: 'return-review'; decision: 'approve' | 'reject' | 'joint'; leadUnitId?: string; coUnitIds?: string[]; note?: string }
  | { type: 'designate'; leadUnitId: string; coUnitIds?: string[]; basis: string }
  | { type: 'extension'; reason: string }
  | { type: 'supplement'; content: string }
  | { type: 'restart-clock'; reason: RestartReason; note?: string }
  | { type: 'reply'; process: string; result: string; handledAt: string; contactedRequestor: boolean }
  | { type: 'reply-review'; decision: 'compliant' | 'non_compliant'; note?: string }
  | { type: 'rating'; result: RatingResult; comment?: string }
  | { type: 'withdraw'; reason?: string }
  | { type: 'terminate-request'; reason: TerminateReason; explanation: string }
  | { type: 'terminate-review'; decision: 'approve' | 'reject'; note?: string }
  | { type: 'long-term'; note?: string }
  | { type: 'progress-report'; content: string }
  | { type: 'appeal'; evidence: string }
  | { type: 'appeal-review'; decision: 'approve' | 'reject'; note?: string }
  | { type: 'note'; content: string }
  /** CS Art.21: the centre approves or rejects a pending extension request. */
  | { type: 'extension-review'; decision: 'approve' | 'reject'; note?: string }
  /** CS Art.26: after the manual callback, re-handle (same or another unit) or close with the rating kept. */
  | { type: 'callback-decision'; decision: 'rehandle' | 'close'; leadUnitId?: string; coUnitIds?: string[]; note?: string }
  /** GZ Art.23, CS Art.34, WF Art.26: the centre opens supervision by hand. */
  | { type: 'supervise'; level: 1 | 2 | 3; reason: SupervisionReason; note?: string }
  /** Scheduler: apply every timer action that is due at `now` (docs/rules.md §4). */
  | { type: 'tick' };

export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
