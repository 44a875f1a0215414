/** Lambda entry point for the `auth` routes (functions/api/groups/auth.ts): the app parts they use, and nothing else. */
import { appFromEnv } from '../api/app';
import { AUTH_ROUTES, type AuthApp } from '../api/groups/auth';
import { directoryOf, limitsOf, wechatOf } from '../api/parts';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): AuthApp => ({ config: b.config, wechat: wechatOf(b), limits: limitsOf(b), directory: directoryOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, AUTH_ROUTES);
