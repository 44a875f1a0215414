/** Routes of the `public` function (serverless.yml): The public progress lookup (no sign-in, rate-limited). GET /v1/openapi.json is served from functions/api/routes.ts, which has the whole table. Part of the one table, functions/api/routes.ts. */
import { ok, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/public.ts composes exactly these. */
export type PublicApp = AppWith<'limits' | 'matters'>;

export const PUBLIC_ROUTES: readonly Route<PublicApp>[] = [
  {
    method: 'GET',
    path: '/v1/lookup',
    example: { query: { trackingNo: 'GZ2611220007', phoneLast4: '5678' } },
    roles: 'public',
    fn: 'public',
    summary: '凭受理编号 + 手机号后4位查询进度（不含个人信息，限频）',
    async handle(app, req) {
      // Both counters in parallel: one round trip before the lookup itself.
      await Promise.all([
        app.limits.hit('lookup-ip', req.sourceIp, req.now),
        app.limits.hit('lookup-no', String(req.query.trackingNo ?? '').toUpperCase().slice(0, 20), req.now),
      ]);
      return ok(await app.matters.lookup(req.query, req.now));
    },
  },
];
