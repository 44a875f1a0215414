/**
 * Route an HTTP API (payload 2.0) event to its use case: find the route by routeKey, authenticate, check the role,
 * build the request. Errors are DomainErrors; functions/lib/http maps them to responses in one place.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DomainError, forbidden } from '../../shared/domain/errors';
import { actorFromHeaders } from '../auth/tokens';
import type { App } from './app';
import type { Reply, Route } from './route';

const lower = (h: Record<string, string | undefined> | undefined) =>
  Object.fromEntries(Object.entries(h ?? {}).map(([k, v]) => [k.toLowerCase(), v]));

/** `routes`: the function's own routes by key (functions/api/route.ts `routeIndex`); any other key is a 404. */
export async function dispatch<A extends Pick<App, 'config'>>(app: A, routes: ReadonlyMap<string, Route<A>>, event: APIGatewayProxyEventV2, now: number, body: unknown): Promise<Reply> {
  const route = routes.get(event.routeKey);
  if (!route) throw new DomainError('NOT_FOUND', '没有这个接口');
  const headers = lower(event.headers);
  const actor = await actorFromHeaders(headers, app.config.authSecret, now);
  if (route.roles !== 'public') {
    if (!actor) throw new DomainError('UNAUTHENTICATED', '请先登录');
    if (!route.roles.includes(actor.role)) throw forbidden('您的角色不能使用此功能');
  }
  return route.handle(app, {
    now,
    actor,
    body,
    headers,
    query: event.queryStringParameters ?? {},
    params: event.pathParameters ?? {},
    sourceIp: event.requestContext?.http?.sourceIp ?? 'unknown',
  });
}
