/** Routes of the `knowledge` function (serverless.yml): Screening before submission (emergencies, legal channels, other bodies, knowledge answers) and the knowledge base: public search, staff edits. One function carries the search and its pinyin data. Part of the one table, functions/api/routes.ts. */
import { screen, screenEmergency } from '../../../shared/screening';
import { parseOrThrow, screeningSchema } from '../../../shared/schemas';
import { ok, me, param, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/knowledge.ts composes exactly these. */
export type KnowledgeApp = AppWith<'knowledge'>;

export const KNOWLEDGE_ROUTES: readonly Route<KnowledgeApp>[] = [
  {
    method: 'POST',
    path: '/v1/screening',
    example: { body: { content: '小区门口路灯坏了一个多月，晚上很黑', category: 'help' } },
    roles: ['citizen', 'center'],
    fn: 'knowledge',
    summary: '提交前预判：紧急情况、法定途径、其他机关、知识库答案或可以提交',
    async handle(app, req) {
      const { content } = parseOrThrow(screeningSchema, req.body);
      // Emergencies first and without any read: the knowledge search is the only DynamoDB read screening makes.
      return ok(screenEmergency(content) ?? screen(content, await app.knowledge.hitsFor(content)));
    },
  },
  {
    method: 'GET',
    path: '/v1/knowledge',
    example: { query: { q: '社保卡丢了' } },
    roles: 'public',
    fn: 'knowledge',
    summary: '搜索知识库（?q=，支持中文）',
    handle: async (app, req) => ok({ items: await app.knowledge.search(String(req.query.q ?? '').slice(0, 200)) }),
  },
  {
    method: 'POST',
    path: '/v1/knowledge',
    example: { body: { title: '如何办理居住证', body: '持身份证到居住地派出所申请……', tags: ['居住证'] } },
    roles: ['center', 'unit', 'admin'],
    fn: 'knowledge',
    summary: '新增知识条目',
    handle: async (app, req) => ok(await app.knowledge.putArticle(me(req), req.body, req.now), 201),
  },
  {
    method: 'PUT',
    path: '/v1/knowledge/{id}',
    example: { body: { title: '如何办理居住证', body: '可通过“穗好办”App申请……', tags: ['居住证'] } },
    roles: ['center', 'unit', 'admin'],
    fn: 'knowledge',
    summary: '修改知识条目',
    handle: async (app, req) => ok(await app.knowledge.putArticle(me(req), req.body, req.now, param(req, 'id'))),
  },
];
