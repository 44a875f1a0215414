/**
 * The API's Lambda entry points. Each function in serverless.yml serves one group of routes (`Route.fn`), so each can
 * have its own least-privilege role; a route key that is not in the function's group is answered 404.
 */
import type { App } from '../api/app';
import { dispatch } from '../api/dispatch';
import { routeIndex, type Reply, type Route } from '../api/route';
import { config } from '../lib/config';
// The process's one DynamoDB client is created at module load (STYLE 7), whatever the routes load later.
import '../lib/dynamo';
import { httpHandler, json, type HttpHandlerOptions } from '../lib/http';

/** A text body with its own content-type (the CSV export) passes through as it is; everything else is JSON. */
function respond(r: Reply) {
  if (typeof r.body === 'string' && r.headers?.['content-type']) return { statusCode: r.status, headers: { 'cache-control': 'no-store', ...r.headers }, body: r.body };
  return json(r.status, r.body, r.headers);
}

/**
 * The app comes from the composition root (functions/api/appFromEnv.ts), built once per process. `routes`: the
 * function's group (functions/api/groups/), so that its bundle holds no other route's code; the tests pass them all.
 */
export function makeApiHandler<A extends Pick<App, 'config'>>(getApp: () => A, routes: readonly Route<A>[], opts: HttpHandlerOptions = {}) {
  const index = routeIndex(routes);
  return httpHandler(async ({ now, event, body }) => {
    return respond(await dispatch(getApp(), index, event, now, body));
  }, opts);
}

/** What a function's compose module (functions/http/compose/*) exports: its group of routes and the app they use. */
export interface RouteGroup<A> {
  getApp: () => A;
  routes: readonly Route<A>[];
}

/**
 * A Lambda entry whose routes, services and app load on its first request, not at cold start (issue 17): a cold
 * start serves one request, and most of a function's code (services, domain tables, schemas) is only needed to
 * answer it, so the module load stays close to the bare DynamoDB client's. The configuration (environment, policy,
 * calendar) is still parsed at module load, so a misconfiguration (an unknown HOTLINE_POLICY, a missing secret, broken
 * calendar data) fails the function at once, loudly, as before.
 */
export function lazyApiHandler<A extends Pick<App, 'config'>>(load: () => Promise<RouteGroup<A>>, opts: HttpHandlerOptions = {}) {
  config();
  let group: Promise<{ app: A; index: ReadonlyMap<string, Route<A>> }> | undefined;
  const loaded = () =>
    (group ??= load()
      .then((m) => ({ app: m.getApp(), index: routeIndex(m.routes) }))
      .catch((err: unknown) => {
        group = undefined; // a failed load is retried by the next request, not cached
        throw err;
      }));
  return httpHandler(async ({ now, event, body }) => {
    const { app, index } = await loaded();
    return respond(await dispatch(app, index, event, now, body));
  }, opts);
}
