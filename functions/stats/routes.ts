/**
 * Routes of assessment and analysis (docs/rules.md §6) and of the Open311 GeoReport v2 open-data endpoints. They are part of
 * the one route table (functions/api/routes.ts spreads them in), so serverless.yml, docs/api.md and the access-control
 * matrix see them like every other route.
 */
import type { AppWith, Request, Route } from '../api/route';
import { CSV_CONTENT_TYPE, exportCsv } from './export';
import { services } from './open311';

/** Open data is public: each caller address gets its own budget (functions/api/rateLimit.ts, scope `open311-ip`). */
const limitOpenData = (app: OpenDataApp, req: Request) => app.limits.hit('open311-ip', req.sourceIp, req.now);

/** The parts of the app the stats routes use (functions/http/stats.ts). */
export type StatsApp = AppWith<'stats' | 'statsExport'>;
/** The parts of the app the Open311 routes use (functions/http/public.ts, with the lookup). */
export type OpenDataApp = AppWith<'limits' | 'openData'>;

export const STATS_ROUTES: readonly Route<StatsApp>[] = [
  {
    method: 'GET',
    path: '/v1/stats',
    example: { query: { from: '2026-11-01', to: '2026-11-30', groupBy: 'unit', period: 'week' } },
    roles: ['center', 'admin', 'unit'],
    fn: 'stats',
    summary: '考核统计：按单位/上级单位/全市、按日/周/月的指标（按时转派率、按时办结率、延期率、退回率、重办率、督办、满意率、平均答复用时），当前超期与督办数，热点与激增（承办单位只见本单位）',
    handle: async (app, req) => ({ status: 200, body: await app.stats.stats(req.actor!, req.query, req.now) }),
  },
  {
    method: 'GET',
    path: '/v1/stats/export',
    example: { query: { kind: 'kpis', from: '2026-11-01', to: '2026-11-30', period: 'month' } },
    roles: ['center', 'admin', 'unit'],
    fn: 'stats',
    summary: '导出 CSV（UTF-8 带 BOM，Excel 可直接打开）：kind=kpis 指标表，kind=matters 诉求清单（不含个人信息和诉求内容）',
    async handle(app, req) {
      const { filename, body } = await exportCsv(app.statsExport, req.actor!, req.query, req.now);
      return { status: 200, body, headers: { 'content-type': CSV_CONTENT_TYPE, 'content-disposition': `attachment; filename="${filename}"` } };
    },
  },
];

/** Open311 GeoReport v2 open data: served by the `public` function with the progress lookup. */
export const OPEN311_ROUTES: readonly Route<OpenDataApp>[] = [
  {
    method: 'GET',
    path: '/v1/open311/services.json',
    roles: 'public',
    fn: 'public',
    summary: 'Open311 GeoReport v2：服务类型（五类诉求）',
    async handle(app, req) {
      await limitOpenData(app, req);
      return { status: 200, body: services() };
    },
  },
  {
    method: 'GET',
    path: '/v1/open311/requests.json',
    example: { query: { start_date: '2026-11-01T00:00:00+08:00', end_date: '2026-11-30T23:59:59+08:00', status: 'open', service_code: 'complaint' } },
    roles: 'public',
    fn: 'public',
    summary: 'Open311 GeoReport v2：最近的诉求（不含保密诉求和个人信息，最多200条，区间不超过90天）',
    async handle(app, req) {
      await limitOpenData(app, req);
      return { status: 200, body: await app.openData.requests(req.query, req.now) };
    },
  },
  {
    method: 'GET',
    path: '/v1/open311/requests/{id}',
    roles: 'public',
    fn: 'public',
    summary: 'Open311 GeoReport v2：单件诉求，路径为 /v1/open311/requests/<受理编号>.json（保密诉求不公开）',
    async handle(app, req) {
      await limitOpenData(app, req);
      return { status: 200, body: await app.openData.request(req.params.id, req.now) };
    },
  },
];
