/** The `work` function's routes and the app parts they use, loaded on its first request (functions/http/work.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import { WORK_ROUTES, type WorkApp } from '../../api/groups/work';
import { directoryOf, inboxOf, mattersOf, revealsOf } from '../../api/parts';

export const getApp = () => appFromEnv((b): WorkApp => ({ config: b.config, matters: mattersOf(b), inbox: inboxOf(b), reveals: revealsOf(b), directory: directoryOf(b) }));

export const routes = WORK_ROUTES;
