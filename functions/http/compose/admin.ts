/** The `admin` function's routes and the app parts they use, loaded on its first request (functions/http/admin.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import { ADMIN_ROUTES, type AdminApp } from '../../api/groups/admin';
import { directoryOf } from '../../api/parts';

export const getApp = () => appFromEnv((b): AdminApp => ({ config: b.config, directory: directoryOf(b) }));

export const routes = ADMIN_ROUTES;
