/**
 * `lazyApiHandler` (issue 17): the configuration is parsed when the entry loads, so a misconfigured function still
 * fails its cold start; the routes, services and app load on the first request, once, and a failed load is retried.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpEvent, lambdaContext } from '../../tests/support/events';
import type { RouteGroup } from './api';
import type { AppWith, Route } from '../api/route';

type Api = typeof import('./api');
type PingApp = AppWith<never>;

/** ./api.ts in a fresh module registry with `vars` set (the configuration is cached per process). */
function loadApi(vars: Record<string, string>): Api {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    let api: Api | undefined;
    jest.isolateModules(() => {
      api = require('./api') as Api;
    });
    return api!;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const PING: Route<PingApp> = {
  method: 'GET',
  path: '/v1/ping',
  roles: 'public',
  fn: 'public',
  summary: 'ping',
  handle: async () => ({ status: 200, body: { pong: true } }),
};

function group(): RouteGroup<PingApp> {
  return { getApp: () => ({ config: { authSecret: 'test-secret-test-secret-test-secret-0123' } as PingApp['config'] }), routes: [PING] };
}

const ping = (handler: ReturnType<Api['lazyApiHandler']>) =>
  handler(httpEvent({ method: 'GET', path: '/v1/ping' }), lambdaContext()) as Promise<APIGatewayProxyStructuredResultV2>;

describe('lazyApiHandler', () => {
  it('fails when the entry loads, before any route is loaded, if the configuration is wrong', () => {
    const { lazyApiHandler } = loadApi({ HOTLINE_POLICY: 'atlantis' });
    const load = jest.fn(async () => group());
    expect(() => lazyApiHandler(load)).toThrow(/atlantis/);
    expect(load).not.toHaveBeenCalled();
  });

  it('loads the group on the first request only, and once', async () => {
    const { lazyApiHandler } = loadApi({ HOTLINE_POLICY: 'guangzhou' });
    const load = jest.fn(async () => group());
    const handler = lazyApiHandler(load);
    expect(load).not.toHaveBeenCalled();
    expect((await ping(handler)).statusCode).toBe(200);
    expect(JSON.parse((await ping(handler)).body!)).toEqual({ pong: true });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('answers a failed load with a 500 and loads again on the next request', async () => {
    const { lazyApiHandler } = loadApi({ HOTLINE_POLICY: 'guangzhou' });
    const load = jest.fn<Promise<RouteGroup<PingApp>>, []>().mockRejectedValueOnce(new Error('chunk missing')).mockImplementation(async () => group());
    const handler = lazyApiHandler(load);
    const failed = await ping(handler);
    expect(failed.statusCode).toBe(500);
    expect(failed.body).not.toMatch(/chunk missing/);
    expect((await ping(handler)).statusCode).toBe(200);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
