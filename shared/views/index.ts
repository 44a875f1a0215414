/** What the API sends and the mini-program reads: shapes, the masking they apply, and the builders (./matter.ts). */
export * from './types';
export * from './api';
export * from './inbox';
export * from './mask';
export * from './matter';
export type { DeclineReason } from '../domain/commands';
export type {
  Category,
  Channel,
  Counts,
  Deadline,
  Deadlines,
  EventType,
  PendingRequest,
  Rating,
  RatingResult,
  Role,
  Status,
} from '../domain/types';
export type { ScreeningResult } from '../screening';
