/** Routes of the `knowledge` function (serverless.yml): The knowledge base: public search, staff edits. Part of the one table, functions/api/routes.ts. */
import { ok, me, param, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/knowledge.ts composes exactly these. */
export type KnowledgeApp = AppWith<'directory'>;

export const KNOWLEDGE_ROUTES: readonly Route<KnowledgeApp>[] = [
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
];
