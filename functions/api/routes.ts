/**
 * The HTTP route table (docs/rules.md §5). One list serves the Lambda handlers, serverless.yml's review, the API docs and the
 * access-control matrix test. Each route names the roles that may call it; ownership (a citizen's own matter, a unit's
 * own matter) is checked by the use case, because it depends on the matter.
 */
import { DomainError } from '../../shared/domain/errors';
import type { Actor } from '../../shared/domain/types';
import { screen, screenEmergency } from '../../shared/screening';
import { parseOrThrow, screeningSchema, wechatLoginSchema } from '../../shared/schemas';
import { CITIZEN_TTL_S, signToken, STAFF_TTL_S } from '../auth/tokens';
import { STATS_ROUTES } from '../stats/routes';
import { cachedOpenApiDocument } from './openapi';
import type { Reply, Request, Route } from './route';

export type { Reply, Request, Route } from './route';

const ok = (body: unknown, status = 200): Reply => ({ status, body });
const me = (req: Request): Actor => req.actor!;
const param = (req: Request, name: string): string => {
  const v = req.params[name];
  if (!v || v.length > 64 || !/^[A-Za-z0-9_-]+$/.test(v)) throw new DomainError('NOT_FOUND', '未找到该诉求或资源');
  return v;
};

export const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    path: '/v1/auth/wechat',
    example: { body: { code: 'test:o-demo-citizen' } },
    roles: 'public',
    fn: 'auth',
    summary: '微信登录：wx.login code → token（本地/测试环境可用 test:<openid>）',
    async handle(app, req) {
      const { code } = parseOrThrow(wechatLoginSchema, req.body);
      const { openid } = await app.wechat.code2Session(code);
      await app.limits.hit('signin', openid, req.now);
      return ok(await signToken({ role: 'citizen', openid }, app.config.authSecret, req.now, CITIZEN_TTL_S));
    },
  },
  {
    method: 'POST',
    path: '/v1/auth/staff',
    example: { body: { username: 'center1', password: 'center-demo-2026' } },
    roles: 'public',
    fn: 'auth',
    summary: '工作人员登录：用户名 + 密码 → token、角色、所属单位',
    async handle(app, req) {
      await app.limits.hit('staff-signin', req.sourceIp, req.now);
      const actor = await app.directory.checkStaff(req.body, app.config.adminBootstrapPassword, req.now);
      const t = await signToken(actor, app.config.authSecret, req.now, STAFF_TTL_S);
      return ok({ ...t, role: actor.role, username: actor.username, ...(actor.unitId ? { unitId: actor.unitId } : {}) });
    },
  },
  {
    method: 'POST',
    path: '/v1/screening',
    example: { body: { content: '小区门口路灯坏了一个多月，晚上很黑', category: 'help' } },
    roles: ['citizen', 'center'],
    fn: 'matters',
    summary: '提交前预判：紧急情况、法定途径、其他机关、知识库答案或可以提交',
    async handle(app, req) {
      const { content } = parseOrThrow(screeningSchema, req.body);
      // Emergencies first and without any read: the knowledge search is the only DynamoDB read screening makes.
      return ok(screenEmergency(content) ?? screen(content, await app.directory.hitsFor(content)));
    },
  },
  {
    method: 'POST',
    path: '/v1/uploads',
    example: { body: { contentType: 'image/jpeg', size: 245760 } },
    roles: ['citizen'],
    fn: 'uploads',
    summary: '上传图片：取得直传对象存储的预签名表单（每张 ≤ 5 MB，JPG/PNG/WebP，10 分钟内有效；提交诉求时在 attachments 中带上返回的 key，最多 9 张）',
    handle: async (app, req) => ok(await app.photos.presign(me(req), req.body, req.now), 201),
  },
  {
    method: 'POST',
    path: '/v1/matters',
    example: {
      headers: { 'Idempotency-Key': 'b7c1f0d2-5a8e-4c1e-9f57-2d1f7c3a9e01' },
      body: {
        category: 'help',
        content: '天河路100号小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便。',
        district: '天河区',
        address: '天河路100号',
        contactName: '张三',
        contactPhone: '13812345678',
        confidential: false,
      },
    },
    roles: ['citizen'],
    fn: 'matters',
    summary: '提交诉求（需 Idempotency-Key 请求头；重试返回同一诉求）',
    async handle(app, req) {
      const r = await app.matters.submit(me(req), req.body, req.headers['idempotency-key'], req.now);
      return { status: r.status, body: r.body };
    },
  },
  {
    method: 'GET',
    path: '/v1/matters',
    roles: ['citizen'],
    fn: 'matters',
    summary: '我的诉求（最新在前，?cursor= 翻页）',
    handle: async (app, req) => ok(await app.matters.listMine(me(req), req.query.cursor, req.now)),
  },
  {
    method: 'GET',
    path: '/v1/matters/{id}',
    roles: ['citizen', 'center', 'unit', 'admin'],
    fn: 'matters',
    summary: '诉求详情：时限、承办单位、计数、答复、评价、时间线',
    handle: async (app, req) => ok(await app.matters.get(me(req), param(req, 'id'), req.now)),
  },
  {
    method: 'POST',
    path: '/v1/matters/{id}/{action}',
    example: { headers: { 'If-Match': '3' }, body: { reason: '需协调供电部门更换线路' } },
    roles: ['citizen', 'center', 'unit'],
    fn: 'matters',
    summary: '对诉求执行操作（可选 If-Match: <version>）；reveal-phone {reason}：中心或主办单位查看诉求人完整号码（留痕、限频，保密诉求不向承办单位提供）',
    handle: async (app, req) =>
      param(req, 'action') === 'reveal-phone'
        ? ok(await app.reveals.reveal(me(req), param(req, 'id'), req.body, req.now))
        : ok(await app.matters.act(me(req), param(req, 'id'), param(req, 'action'), req.body, req.headers['if-match'], req.now)),
  },
  {
    method: 'POST',
    path: '/v1/matters/claim',
    example: { body: { trackingNo: 'GZ2611220007', phoneLast4: '5678' } },
    roles: ['citizen'],
    fn: 'matters',
    summary: '认领电话诉求：受理编号 + 手机号后4位（每件只能认领一次）',
    async handle(app, req) {
      await app.limits.hit('lookup-no', String((req.body as { trackingNo?: unknown })?.trackingNo ?? '').toUpperCase().slice(0, 20), req.now);
      return ok(await app.matters.claim(me(req), req.body, req.now));
    },
  },
  {
    method: 'POST',
    path: '/v1/work/matters',
    example: {
      body: { channel: 'phone', callerPhone: '13912345678', category: 'complaint', content: '越秀区某餐馆油烟直排，影响周边居民生活。', district: '越秀区', confidential: true },
    },
    roles: ['center'],
    fn: 'work',
    summary: '话务员登记电话诉求（channel: phone）；咨询可带 answer 当场按知识库答复（登记与答复一并完成或都不做）',
    handle: async (app, req) => ok(await app.matters.register(me(req), req.body, req.now), 201),
  },
  {
    method: 'GET',
    path: '/v1/work/matters',
    example: { query: { status: 'in_progress', overdue: 'true' } },
    roles: ['center', 'unit', 'admin'],
    fn: 'work',
    summary: '工作队列：?status=&overdue=&supervisionLevel=&unitId=&cursor=（承办单位只见本单位）；?callerPhone= 中心查同一来电号码的在办诉求',
    handle: async (app, req) => ok(await app.matters.queue(me(req), req.query, req.now)),
  },
  {
    method: 'GET',
    path: '/v1/work/inbox',
    roles: ['center', 'unit'],
    fn: 'work',
    summary: '消息：新转派、退回审核结果、退回重办、催办督办、申诉和终止申请等（最新在前）及未读数',
    handle: async (app, req) => ok(await app.inbox.list(me(req))),
  },
  {
    method: 'POST',
    path: '/v1/work/inbox/read',
    example: { body: { key: '2026-11-02T03:00:00.000Z#9d1fbf44-40d4-4bc3-89c3-293c3526891b#000002' } },
    roles: ['center', 'unit'],
    fn: 'work',
    summary: '把一条消息标为已读，返回未读数',
    handle: async (app, req) => ok(await app.inbox.markRead(me(req), req.body, req.now)),
  },
  {
    method: 'GET',
    path: '/v1/work/reveals',
    example: { query: { month: '2026-11' } },
    roles: ['center', 'admin'],
    fn: 'work',
    summary: '诉求人号码查看记录（谁、何时、哪件诉求、原因），按月，最新在前',
    handle: async (app, req) => ok(await app.reveals.list(me(req), req.query, req.now)),
  },
  {
    method: 'GET',
    path: '/v1/work/units',
    roles: ['center', 'unit', 'admin'],
    fn: 'work',
    summary: '承办单位列表（转派时选择）',
    handle: async (app, req) => ok({ items: [...(await app.directory.listUnits(req.now)).values()] }),
  },
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
  {
    method: 'GET',
    path: '/v1/knowledge',
    example: { query: { q: '社保卡丢了' } },
    roles: 'public',
    fn: 'knowledge',
    summary: '搜索知识库（?q=，支持中文）',
    handle: async (app, req) => ok({ items: await app.directory.search(String(req.query.q ?? '').slice(0, 200)) }),
  },
  {
    method: 'POST',
    path: '/v1/knowledge',
    example: { body: { title: '如何办理居住证', body: '持身份证到居住地派出所申请……', tags: ['居住证'] } },
    roles: ['center', 'unit', 'admin'],
    fn: 'knowledge',
    summary: '新增知识条目',
    handle: async (app, req) => ok(await app.directory.putArticle(me(req), req.body, req.now), 201),
  },
  {
    method: 'PUT',
    path: '/v1/knowledge/{id}',
    example: { body: { title: '如何办理居住证', body: '可通过“穗好办”App申请……', tags: ['居住证'] } },
    roles: ['center', 'unit', 'admin'],
    fn: 'knowledge',
    summary: '修改知识条目',
    handle: async (app, req) => ok(await app.directory.putArticle(me(req), req.body, req.now, param(req, 'id'))),
  },
  {
    method: 'GET',
    path: '/v1/admin/units',
    roles: ['admin', 'center'],
    fn: 'admin',
    summary: '单位列表（含上级单位）',
    handle: async (app, req) => ok({ items: [...(await app.directory.listUnits(req.now, true)).values()] }),
  },
  {
    method: 'POST',
    path: '/v1/admin/units',
    example: { body: { id: 'th-city', name: '天河区城市管理和综合执法局', parentId: 'th-gov' } },
    roles: ['admin'],
    fn: 'admin',
    summary: '新增单位 {id, name, parentId?}',
    handle: async (app, req) => ok(await app.directory.createUnit(req.body, req.now), 201),
  },
  {
    method: 'POST',
    path: '/v1/admin/staff',
    example: { body: { username: 'thcity', password: 'unit-demo-2026', role: 'unit', unitId: 'th-city' } },
    roles: ['admin'],
    fn: 'admin',
    summary: '新增工作人员账号 {username, password, role, unitId?}',
    handle: async (app, req) => ok(await app.directory.createStaff(req.body, req.now), 201),
  },
  // docs/rules.md §6 assessment and analysis, Open311 open data (functions/stats/routes.ts).
  ...STATS_ROUTES,
  {
    method: 'GET',
    path: '/v1/openapi.json',
    roles: 'public',
    fn: 'public',
    summary: 'OpenAPI 3.1 接口文档（由路由表和请求校验规则生成，供市级业务系统生成客户端）',
    handle: async (app) => ok(cachedOpenApiDocument(ROUTES, app.config.policy.districts)),
  },
];

export const routeKey = (r: Pick<Route, 'method' | 'path'>) => `${r.method} ${r.path}`;
export const ROUTE_INDEX: ReadonlyMap<string, Route> = new Map(ROUTES.map((r) => [routeKey(r), r]));
