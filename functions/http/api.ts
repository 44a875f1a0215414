/**
 * The API's Lambda entry points. Each function in serverless.yml serves one group of routes (`Route.fn`), so each can
 * have its own least-privilege role; a route key that is not in the function's group is answered 404.
 */
import { loadDefaultCalendar } from '../../shared/calendar';
import { getPolicy } from '../../shared/policy';
import { createApp, type App } from '../api/app';
import { dispatch } from '../api/dispatch';
import { ROUTE_INDEX, type Route } from '../api/routes';
import { ddb } from '../lib/dynamo';
import { env } from '../lib/env';
import type { createPhotoStorage } from '../uploads/storage';
import { httpHandler, json, type HttpHandlerOptions } from '../lib/http';
import { DomainError } from '../../shared/domain/errors';

let app: App | undefined;

/**
 * Built once per process from the environment; an unknown HOTLINE_POLICY fails here, at cold start.
 * `photoStorage`: only the functions that presign uploads or sign photo URLs (matters, uploads) pass the S3 factory,
 * so the S3 client is bundled into those two zips and no other.
 */
export function appFromEnv(photoStorage?: typeof createPhotoStorage): App {
  if (app) return app;
  const e = env();
  app = createApp(
    {
      stage: e.stage,
      table: e.tableName,
      authSecret: e.authSecret,
      piiKey: e.piiKey,
      adminBootstrapPassword: e.adminBootstrapPassword,
      policy: getPolicy(e.policyName),
      calendar: loadDefaultCalendar(),
      wechat: { STAGE: e.stage, AUTH_WECHAT_FAKE: e.authWechatFake ? '1' : '0', WECHAT_APPID: e.wechatAppId, WECHAT_SECRET: e.wechatSecret },
      // One S3 client per process, like the DynamoDB client; creating it makes no network call.
      storage: photoStorage?.({ bucket: e.uploadBucket, region: e.region, endpoint: e.s3Endpoint }),
    },
    ddb,
  );
  return app;
}

export function makeApiHandler(getApp: () => App, group?: Route['fn'], opts: HttpHandlerOptions = {}) {
  return httpHandler(async ({ now, event, body }) => {
    if (group && ROUTE_INDEX.get(event.routeKey)?.fn !== group) throw new DomainError('NOT_FOUND', '没有这个接口');
    const r = await dispatch(getApp(), event, now, body);
    // A text body with its own content-type (the CSV export) passes through as it is; everything else is JSON.
    if (typeof r.body === 'string' && r.headers?.['content-type']) return { statusCode: r.status, headers: { 'cache-control': 'no-store', ...r.headers }, body: r.body };
    return json(r.status, r.body, r.headers);
  }, opts);
}
