/** Routes of the `admin` function (serverless.yml): Units and staff accounts. Part of the one table, functions/api/routes.ts. */
import { ok, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/admin.ts composes exactly these. */
export type AdminApp = AppWith<'directory'>;

export const ADMIN_ROUTES: readonly Route<AdminApp>[] = [
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
];
