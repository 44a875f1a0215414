/**
 * The composition root. `App` is everything the API's routes may use; createApp builds all of it (the tests and
 * their in-process API), while each Lambda entry (functions/http/*) composes only what its group of routes uses from
 * ./parts.ts through `appFromEnv`, so that its bundle and cold start carry nothing else (STYLE 7: one SDK client per
 * process, created at module load). The scheduled functions compose their own (functions/scheduled/*).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Ctx } from '../../shared/domain/stateMachine';
import { config as runtimeConfig } from '../lib/config';
import { ddb } from '../lib/dynamo';
import type { WeChatAuth } from '../auth/wechat';
import type { StaffInbox } from '../notify/inbox';
import type { PiiCipher } from '../privacy/pii';
import type { ExportDeps } from '../stats/export';
import type { OpenData } from '../stats/open311';
import type { StatsService } from '../stats/service';
import type { MatterStore } from '../store/matterStore';
import type { SweepDeps } from '../sweep/sweep';
import type { PhotoService } from '../uploads/photos';
import type { createPhotoStorage } from '../uploads/storage';
import type { Directory } from './directory';
import type { KnowledgeBase } from './knowledgeBase';
import type { MatterService } from './matterService';
import {
  cipherOf,
  ctxOf,
  directoryOf,
  inboxOf,
  knowledgeOf,
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

let composed: unknown;

/**
 * The process's app as one entry composes it (`compose`: the parts its routes use, from ./parts.ts), built once from
 * the configuration; an unknown HOTLINE_POLICY fails here, at cold start. `photoStorage`: only the functions that
 * presign uploads or sign photo URLs (matters, uploads) pass the S3 factory.
 */
export function appFromEnv<A>(compose: (b: AppBase) => A, photoStorage?: typeof createPhotoStorage): A {
  if (composed) return composed as A;
  const { env: e, policy, calendar } = runtimeConfig();
  const config: AppConfig = {
    stage: e.stage,
    table: e.tableName,
    authSecret: e.authSecret,
    piiKey: e.piiKey,
    adminBootstrapPassword: e.adminBootstrapPassword,
    policy,
    calendar,
    wechat: { STAGE: e.stage, AUTH_WECHAT_FAKE: e.authWechatFake ? '1' : '0', WECHAT_APPID: e.wechatAppId, WECHAT_SECRET: e.wechatSecret },
    // One S3 signer per process; it shares the DynamoDB client's credential chain and makes no call until used.
    storage: photoStorage?.({ bucket: e.uploadBucket, region: e.region, endpoint: e.s3Endpoint, credentials: () => ddb.config.credentials() }),
  };
  composed = compose({ config, db: ddb });
  return composed as A;
}
