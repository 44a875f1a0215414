/**
 * The API's Lambda entry points. Each function in serverless.yml serves one group of routes (`Route.fn`), so each can
 * have its own least-privilege role; a route key that is not in the function's group is answered 404.
 */
import type { App } from '../api/app';
import { dispatch } from '../api/dispatch';
import { routeIndex, type Route } from '../api/route';
import { httpHandler, json, type HttpHandlerOptions } from '../lib/http';

/**
 * The app comes from the composition root (functions/api/app.ts `appFromEnv`), built once per process. `routes`: the
 * function's group (functions/api/groups/), so that its bundle holds no other route's code; the tests pass them all.
 */
export function makeApiHandler<A extends Pick<App, 'config'>>(getApp: () => A, routes: readonly Route<A>[], opts: HttpHandlerOptions = {}) {
  const index = routeIndex(routes);
  return httpHandler(async ({ now, event, body }) => {
    const r = await dispatch(getApp(), index, event, now, body);
    // A text body with its own content-type (the CSV export) passes through as it is; everything else is JSON.
    if (typeof r.body === 'string' && r.headers?.['content-type']) return { statusCode: r.status, headers: { 'cache-control': 'no-store', ...r.headers }, body: r.body };
    return json(r.status, r.body, r.headers);
  }, opts);
}
