/** Routes of the `work` function (serverless.yml): Staff work: telephone registration, queues, inbox, number reveals, unit list. Part of the one table, functions/api/routes.ts. */
import { ok, me, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/work.ts composes exactly these. */
export type WorkApp = AppWith<'matters' | 'inbox' | 'reveals' | 'directory'>;

export const WORK_ROUTES: readonly Route<WorkApp>[] = [
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
];
