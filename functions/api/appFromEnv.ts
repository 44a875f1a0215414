/**
 * The app of one Lambda entry (functions/http/compose/*), composed from the environment. Apart from ./app.ts, whose
 * createApp builds every part (tests): an entry's bundle must not hold the parts it does not use.
 */
import { config as runtimeConfig } from '../lib/config';
import { ddb } from '../lib/dynamo';
import type { createPhotoStorage } from '../uploads/storage';
import type { AppBase, AppConfig } from './parts';

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
