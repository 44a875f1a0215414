/**
 * The parts of the app, each built once per base (configuration + DynamoDB client) on first use. createApp
 * (./app.ts) takes them all; each Lambda entry (functions/http/*) takes only what its routes use, so a function's
 * bundle holds only those services and its cold start builds only them (issue 17). Separate functions, not one
 * object, so that esbuild drops the ones an entry does not call.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import type { Ctx } from '../../shared/domain/stateMachine';
import type { PolicyProfile } from '../../shared/policy';
import { createWeChatAuth, type WeChatAuth } from '../auth/wechat';
import { StaffInbox } from '../notify/inbox';
import { createLocalCipher, type PiiCipher } from '../privacy/pii';
import type { ExportDeps } from '../stats/export';
import { OPEN_DATA_LIMITS, OpenData } from '../stats/open311';
import { StatsReader } from '../stats/reader';
import { StatsService } from '../stats/service';
import { matterStoreFor } from '../store/forPolicy';
import type { MatterStore } from '../store/matterStore';
import { PhotoService } from '../uploads/photos';
import type { PhotoStorage } from '../uploads/storage';
import { Directory } from './directory';
import { once } from './once';
import { MatterService } from './matterService';
import { DEFAULT_LIMITS, RateLimiter, type Limit } from './rateLimit';
import { ContactReveals, REVEAL_LIMIT } from './reveal';

export interface AppConfig {
  stage: string;
  table: string;
  authSecret: string;
  piiKey: string;
  adminBootstrapPassword?: string;
  policy: PolicyProfile;
  calendar: WorkCalendar;
  wechat: { STAGE?: string; AUTH_WECHAT_FAKE?: string; WECHAT_APPID?: string; WECHAT_SECRET?: string };
  limits?: Record<string, Limit>;
  /** Photo storage (S3 / s3rver); without it photo uploads answer 503 and views show no photos. */
  storage?: PhotoStorage;
}

/** What every part is built from. `wechat`: tests inject a fake code2Session. */
export interface AppBase {
  config: AppConfig;
  db: DynamoDBDocumentClient;
  wechat?: WeChatAuth;
}

export const ctxOf = (b: AppBase) => once(b, 'ctx', () => (now: number): Ctx => ({ now, policy: b.config.policy, calendar: b.config.calendar }));
/** Statistics counters go into the same transactions as the events (functions/stats/aggregates.ts). */
export const storeOf = (b: AppBase): MatterStore => once(b, 'store', () => matterStoreFor(b.db, b.config.table, b.config.policy, b.config.calendar));
export const cipherOf = (b: AppBase): PiiCipher => once(b, 'cipher', () => createLocalCipher(b.config.piiKey));
export const directoryOf = (b: AppBase): Directory =>
  once(b, 'directory', () => new Directory(b.db, b.config.table, undefined, (phone) => cipherOf(b).seal({ name: null, phone })));
export const limitsOf = (b: AppBase): RateLimiter =>
  once(b, 'limits', () => new RateLimiter(b.db, b.config.table, b.config.limits ?? { ...DEFAULT_LIMITS, ...OPEN_DATA_LIMITS, reveal: REVEAL_LIMIT }));
export const wechatOf = (b: AppBase): WeChatAuth => once(b, 'wechat', () => b.wechat ?? createWeChatAuth(b.config.wechat));
export const photosOf = (b: AppBase): PhotoService => once(b, 'photos', () => new PhotoService({ storage: b.config.storage, cipher: cipherOf(b), limits: limitsOf(b) }));
/** Unit names change rarely; the directory caches them per process for a minute of request time. */
const unitNames = (b: AppBase) => (now: number) => directoryOf(b).unitNames(now);
export const mattersOf = (b: AppBase): MatterService =>
  once(b, 'matters', () => new MatterService({ store: storeOf(b), cipher: cipherOf(b), ctx: ctxOf(b), units: unitNames(b), limits: limitsOf(b), photos: photosOf(b) }));
export const revealsOf = (b: AppBase): ContactReveals =>
  once(b, 'reveals', () => new ContactReveals({ db: b.db, table: b.config.table, store: storeOf(b), cipher: cipherOf(b), limits: limitsOf(b) }));
export const inboxOf = (b: AppBase): StaffInbox => once(b, 'inbox', () => new StaffInbox(b.db, b.config.table));
const readerOf = (b: AppBase): StatsReader => once(b, 'reader', () => new StatsReader(b.db, b.config.table));
export const statsOf = (b: AppBase): StatsService => once(b, 'stats', () => new StatsService({ reader: readerOf(b), units: (now) => directoryOf(b).listUnits(now) }));
export const statsExportOf = (b: AppBase): ExportDeps => once(b, 'statsExport', () => ({ service: statsOf(b), reader: readerOf(b), units: (now: number) => directoryOf(b).listUnits(now) }));
export const openDataOf = (b: AppBase): OpenData =>
  once(b, 'openData', () => new OpenData({ reader: readerOf(b), store: storeOf(b), policy: b.config.policy, unitNames: unitNames(b) }));
