/**
 * The composition root. `App` is everything the API's routes may use; createApp builds all of it (the tests and
 * their in-process API), while each Lambda entry (functions/http/*) composes only what its group of routes uses from
 * ./parts.ts through `appFromEnv` (./appFromEnv.ts), so that its bundle and cold start carry nothing else (STYLE 7: one SDK client per
 * process, created at module load). The scheduled functions compose their own (functions/scheduled/*).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Ctx } from '../../shared/domain/stateMachine';
import type { WeChatAuth } from '../auth/wechat';
import type { StaffInbox } from '../notify/inbox';
import type { PiiCipher } from '../privacy/pii';
import type { ExportDeps } from '../stats/export';
import type { OpenData } from '../stats/open311';
import type { StatsService } from '../stats/service';
import type { MatterStore } from '../store/matterStore';
import type { SweepDeps } from '../sweep/sweep';
import type { PhotoService } from '../uploads/photos';
import type { Directory } from './directory';
import { knowledgeOf, type KnowledgeBase } from './knowledgeBase';
import type { MatterService } from './matterService';
import {
  cipherOf,
  ctxOf,
  directoryOf,
  inboxOf,
  limitsOf,
  mattersOf,
  openDataOf,
  photosOf,
  revealsOf,
  statsExportOf,
  statsOf,
  storeOf,
  wechatOf,
  type AppBase,
  type AppConfig,
} from './parts';
import type { RateLimiter } from './rateLimit';
import type { ContactReveals } from './reveal';

export type { AppBase, AppConfig } from './parts';

export interface App {
  config: AppConfig;
  db: DynamoDBDocumentClient;
  store: MatterStore;
  directory: Directory;
  /** The knowledge base and its search (screening hits, GET /v1/knowledge). */
  knowledge: KnowledgeBase;
  matters: MatterService;
  /** docs/rules.md §2 attachments: presigned uploads, ownership, read URLs. */
  photos: PhotoService;
  wechat: WeChatAuth;
  limits: RateLimiter;
  cipher: PiiCipher;
  ctx: (now: number) => Ctx;
  sweepDeps: SweepDeps;
  /** Staff revealing a citizen's full number for a callback: authorised, audited, rate-limited. */
  reveals: ContactReveals;
  /** The staff inbox (消息) of unit and centre notifications, with unread counts. */
  inbox: StaffInbox;
  /** docs/rules.md §6: KPIs, hot spots, CSV export; Open311 open data. */
  stats: StatsService;
  statsExport: ExportDeps;
  openData: OpenData;
}

export function createApp(config: AppConfig, db: DynamoDBDocumentClient, wechat?: WeChatAuth): App {
  const b: AppBase = { config, db, wechat };
  return {
    config,
    db,
    store: storeOf(b),
    directory: directoryOf(b),
    knowledge: knowledgeOf(b),
    matters: mattersOf(b),
    photos: photosOf(b),
    cipher: cipherOf(b),
    ctx: ctxOf(b),
    wechat: wechatOf(b),
    limits: limitsOf(b),
    reveals: revealsOf(b),
    inbox: inboxOf(b),
    sweepDeps: { db, table: config.table, store: storeOf(b), ctx: ctxOf(b) },
    stats: statsOf(b),
    statsExport: statsExportOf(b),
    openData: openDataOf(b),
  };
}
