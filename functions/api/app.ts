/**
 * Composition root: everything a handler needs, built once per process from the configuration
 * (STYLE: one SDK client per process, created at module load).
 */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import type { Ctx } from '../../shared/domain/stateMachine';
import { nextDueAt } from '../../shared/domain/stateMachine';
import type { PolicyProfile } from '../../shared/policy';
import { createWeChatAuth, type WeChatAuth } from '../auth/wechat';
import { createLocalCipher, type PiiCipher } from '../privacy/pii';
import { MatterStore } from '../store/matterStore';
import type { SweepDeps } from '../sweep/sweep';
import { Directory } from './directory';
import { MatterService } from './matterService';
import { DEFAULT_LIMITS, RateLimiter, type Limit } from './rateLimit';

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
}

export interface App {
  config: AppConfig;
  db: DynamoDBDocumentClient;
  store: MatterStore;
  directory: Directory;
  matters: MatterService;
  wechat: WeChatAuth;
  limits: RateLimiter;
  cipher: PiiCipher;
  ctx: (now: number) => Ctx;
  sweepDeps: SweepDeps;
}

export function createApp(config: AppConfig, db: DynamoDBDocumentClient, wechat?: WeChatAuth): App {
  const ctx = (now: number): Ctx => ({ now, policy: config.policy, calendar: config.calendar });
  const store = new MatterStore(db, config.table, (m) => nextDueAt(m, { policy: config.policy, calendar: config.calendar }));
  const directory = new Directory(db, config.table);
  const cipher = createLocalCipher(config.piiKey);
  // Unit names change rarely; the directory caches them per process for a minute of request time.
  const units = (now: number) => directory.unitNames(now);
  const limits = new RateLimiter(db, config.table, config.limits ?? DEFAULT_LIMITS);
  const matters = new MatterService({ store, cipher, ctx, units, limits });
  return {
    config,
    db,
    store,
    directory,
    matters,
    cipher,
    ctx,
    wechat: wechat ?? createWeChatAuth(config.wechat),
    limits,
    sweepDeps: { db, table: config.table, store, ctx },
  };
}
