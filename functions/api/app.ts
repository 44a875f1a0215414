/**
 * The composition root: everything a handler needs, built once per process from the configuration
 * (STYLE 7: one SDK client per process, created at module load). The HTTP entries (functions/http/*), the scheduled
 * sweep (functions/scheduled/sweepRunner.ts) and health all start from `config()` (functions/lib/config.ts); the
 * first two through `appFromEnv` here.
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import type { Ctx } from '../../shared/domain/stateMachine';
import type { PolicyProfile } from '../../shared/policy';
import { config as runtimeConfig } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { createWeChatAuth, type WeChatAuth } from '../auth/wechat';
import { createLocalCipher, type PiiCipher } from '../privacy/pii';
import type { ExportDeps } from '../stats/export';
import { OPEN_DATA_LIMITS, OpenData } from '../stats/open311';
import { StatsReader } from '../stats/reader';
import { StatsService } from '../stats/service';
import { matterStoreFor } from '../store/forPolicy';
import type { MatterStore } from '../store/matterStore';
import { PhotoService } from '../uploads/photos';
import type { createPhotoStorage, PhotoStorage } from '../uploads/storage';
import type { SweepDeps } from '../sweep/sweep';
import { Directory } from './directory';
import { MatterService } from './matterService';
import { DEFAULT_LIMITS, RateLimiter, type Limit } from './rateLimit';
import { ContactReveals, REVEAL_LIMIT } from './reveal';
import { StaffInbox } from '../notify/inbox';

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

export interface App {
  config: AppConfig;
  db: DynamoDBDocumentClient;
  store: MatterStore;
  directory: Directory;
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
  const ctx = (now: number): Ctx => ({ now, policy: config.policy, calendar: config.calendar });
  // Statistics counters go into the same transactions as the events (functions/stats/aggregates.ts).
  const store = matterStoreFor(db, config.table, config.policy, config.calendar);
  const cipher = createLocalCipher(config.piiKey);
  const directory = new Directory(db, config.table, undefined, (phone) => cipher.seal({ name: null, phone }));
  // Unit names change rarely; the directory caches them per process for a minute of request time.
  const units = (now: number) => directory.unitNames(now);
  const limits = new RateLimiter(db, config.table, config.limits ?? { ...DEFAULT_LIMITS, ...OPEN_DATA_LIMITS, reveal: REVEAL_LIMIT });
  const photos = new PhotoService({ storage: config.storage, cipher, limits });
  const matters = new MatterService({ store, cipher, ctx, units, limits, photos });
  const reader = new StatsReader(db, config.table);
  const stats = new StatsService({ reader, units: (now) => directory.listUnits(now) });
  return {
    config,
    db,
    store,
    directory,
    matters,
    photos,
    cipher,
    ctx,
    wechat: wechat ?? createWeChatAuth(config.wechat),
    limits,
    reveals: new ContactReveals({ db, table: config.table, store, cipher, limits }),
    inbox: new StaffInbox(db, config.table),
    sweepDeps: { db, table: config.table, store, ctx },
    stats,
    statsExport: { service: stats, reader, units: (now) => directory.listUnits(now) },
    openData: new OpenData({ reader, store, policy: config.policy, unitNames: units }),
  };
}

let app: App | undefined;

/**
 * The process's app, built once from the configuration; an unknown HOTLINE_POLICY fails here, at cold start.
 * `photoStorage`: only the functions that presign uploads or sign photo URLs (matters, uploads) pass the S3 factory,
 * so the S3 client is bundled into those two zips and no other.
 */
export function appFromEnv(photoStorage?: typeof createPhotoStorage): App {
  if (app) return app;
  const { env: e, policy, calendar } = runtimeConfig();
  app = createApp(
    {
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
    },
    ddb,
  );
  return app;
}
