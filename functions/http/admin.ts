/** Lambda entry point for the `admin` routes (functions/api/groups/admin.ts): the app parts they use, and nothing else. */
import { appFromEnv } from '../api/app';
import { ADMIN_ROUTES, type AdminApp } from '../api/groups/admin';
import { directoryOf } from '../api/parts';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): AdminApp => ({ config: b.config, directory: directoryOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, ADMIN_ROUTES);
