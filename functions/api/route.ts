/**
 * The shape of a route (functions/api/routes.ts is the table). Its own module so that route groups kept elsewhere
 * (functions/stats/routes.ts) and the table import the type without importing each other.
 */
import { DomainError } from '../../shared/domain/errors';
import type { Actor, Role } from '../../shared/domain/types';
import type { App } from './app';

export interface Request {
  now: number;
  actor: Actor | null;
  body: unknown;
  query: Record<string, string | undefined>;
  params: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  /** Caller address (rate limits of public routes). */
  sourceIp: string;
}

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** What a group of routes uses of the app: its configuration (sign-in) and the named parts. */
export type AppWith<K extends keyof App> = Pick<App, 'config' | K>;

/** `A`: the part of the app the route's handler uses (a function composes just that: functions/http/*). */
export interface Route<A = App> {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Roles allowed; 'public' = no sign-in needed. */
  roles: readonly Role[] | 'public';
  /** Lambda function (serverless.yml) that serves the route. */
  fn: 'auth' | 'matters' | 'uploads' | 'work' | 'admin' | 'knowledge' | 'public' | 'stats' | 'docs';
  summary: string;
  /** Request example for docs/api.md (and a smoke test that it validates). */
  example?: { body?: unknown; query?: Record<string, string>; headers?: Record<string, string> };
  handle: (app: A, req: Request) => Promise<Reply>;
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const me = (req: Request): Actor => req.actor!;
/** A path parameter that can name an item; anything else is a 404, never a store read. */
export const param = (req: Request, name: string): string => {
  const v = req.params[name];
  if (!v || v.length > 64 || !/^[A-Za-z0-9_-]+$/.test(v)) throw new DomainError('NOT_FOUND', '未找到该诉求或资源');
  return v;
};

export const routeKey = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;
/** A function's routes by route key (`POST /v1/matters`), as the HTTP API's events name them. */
export const routeIndex = <A>(routes: readonly Route<A>[]): ReadonlyMap<string, Route<A>> => new Map(routes.map((r) => [routeKey(r), r]));
