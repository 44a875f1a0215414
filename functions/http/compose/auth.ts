/** The `auth` function's routes and the app parts they use, loaded on its first request (functions/http/auth.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import { AUTH_ROUTES, type AuthApp } from '../../api/groups/auth';
import { directoryOf, limitsOf, wechatOf } from '../../api/parts';

export const getApp = () => appFromEnv((b): AuthApp => ({ config: b.config, wechat: wechatOf(b), limits: limitsOf(b), directory: directoryOf(b) }));

export const routes = AUTH_ROUTES;
