/** Routes of the `auth` function (serverless.yml): Sign-in: WeChat code → citizen token; staff username + password. Part of the one table, functions/api/routes.ts. */
import { parseOrThrow, wechatLoginSchema } from '../../../shared/schemas';
import { CITIZEN_TTL_S, signToken, STAFF_TTL_S } from '../../auth/tokens';
import { ok, type AppWith, type Route } from '../route';

/** The parts of the app these routes use: functions/http/auth.ts composes exactly these. */
export type AuthApp = AppWith<'wechat' | 'limits' | 'directory'>;

export const AUTH_ROUTES: readonly Route<AuthApp>[] = [
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
];
