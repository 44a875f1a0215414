/**
 * The HTTP route table (docs/rules.md §5). One list serves serverless.yml's review, the API docs and the access-control
 * matrix test. Each route names the roles that may call it; ownership (a citizen's own matter, a unit's own matter) is
 * checked by the use case, because it depends on the matter. Each Lambda function bundles only its own group
 * (functions/api/groups/, functions/stats/routes.ts): this module, which has them all, is for the OpenAPI document and
 * the tests.
 */
import { OPEN311_ROUTES, STATS_ROUTES } from '../stats/routes';
import { ADMIN_ROUTES } from './groups/admin';
import { AUTH_ROUTES } from './groups/auth';
import { KNOWLEDGE_ROUTES } from './groups/knowledge';
import { MATTERS_ROUTES } from './groups/matters';
import { PUBLIC_ROUTES } from './groups/public';
import { UPLOADS_ROUTES } from './groups/uploads';
import { WORK_ROUTES } from './groups/work';
import { cachedOpenApiDocument } from './openapi';
import { ok, routeIndex, type Route } from './route';

export type { Reply, Request, Route } from './route';
export { routeKey } from './route';

/**
 * GET /v1/openapi.json: generated from the whole table, so it lives here and has its own function (functions/http/docs.ts,
 * which needs no app: the handler below is what the tests' in-process API calls).
 */
export const DOCS_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    path: '/v1/openapi.json',
    roles: 'public',
    fn: 'docs',
    summary: 'OpenAPI 3.1 接口文档（由路由表和请求校验规则生成，供市级业务系统生成客户端）',
    handle: async (app) => ok(cachedOpenApiDocument(ROUTES, app.config.policy.districts)),
  },
];

export const ROUTES: readonly Route[] = [
  ...AUTH_ROUTES,
  ...MATTERS_ROUTES,
  ...UPLOADS_ROUTES,
  ...WORK_ROUTES,
  ...PUBLIC_ROUTES,
  ...KNOWLEDGE_ROUTES,
  ...ADMIN_ROUTES,
  // docs/rules.md §6 assessment and analysis, Open311 open data (functions/stats/routes.ts).
  ...STATS_ROUTES,
  ...OPEN311_ROUTES,
  ...DOCS_ROUTES,
];

export const ROUTE_INDEX: ReadonlyMap<string, Route> = routeIndex(ROUTES);
