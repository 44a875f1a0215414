/** Routes of the `matters` function (serverless.yml): a citizen's matters, actions on a matter, claiming a telephone matter. Part of the one table, functions/api/routes.ts. */
import { ok, me, param, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/matters.ts composes exactly these. */
export type MattersApp = AppWith<'matters' | 'reveals' | 'limits'>;

export const MATTERS_ROUTES: readonly Route<MattersApp>[] = [
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
];
