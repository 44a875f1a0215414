/**
 * The API's Lambda entry points. Each function in serverless.yml serves one group of routes (`Route.fn`), so each can
 * have its own least-privilege role; a route key that is not in the function's group is answered 404.
 */
import type { App } from '../api/app';
import { dispatch } from '../api/dispatch';
import { ROUTE_INDEX, type Route } from '../api/routes';
import { httpHandler, json, type HttpHandlerOptions } from '../lib/http';
import { DomainError } from '../../shared/domain/errors';

/** The app comes from the composition root (functions/api/app.ts `appFromEnv`), built once per process. */
export function makeApiHandler(getApp: () => App, group?: Route['fn'], opts: HttpHandlerOptions = {}) {
  return httpHandler(async ({ now, event, body }) => {
    if (group && ROUTE_INDEX.get(event.routeKey)?.fn !== group) throw new DomainError('NOT_FOUND', '没有这个接口');
    const r = await dispatch(getApp(), event, now, body);
    // A text body with its own content-type (the CSV export) passes through as it is; everything else is JSON.
    if (typeof r.body === 'string' && r.headers?.['content-type']) return { statusCode: r.status, headers: { 'cache-control': 'no-store', ...r.headers }, body: r.body };
    return json(r.status, r.body, r.headers);
  }, opts);
}
