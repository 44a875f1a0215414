/**
 * The shape of a route (functions/api/routes.ts is the table). Its own module so that route groups kept elsewhere
 * (functions/stats/routes.ts) and the table import the type without importing each other.
 */
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

export interface Route {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  /** Roles allowed; 'public' = no sign-in needed. */
  roles: readonly Role[] | 'public';
  /** Lambda function (serverless.yml) that serves the route. */
  fn: 'auth' | 'matters' | 'uploads' | 'work' | 'admin' | 'knowledge' | 'public' | 'stats';
  summary: string;
  /** Request example for docs/api.md (and a smoke test that it validates). */
  example?: { body?: unknown; query?: Record<string, string>; headers?: Record<string, string> };
  handle: (app: App, req: Request) => Promise<Reply>;
}
