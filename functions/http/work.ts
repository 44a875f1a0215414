/** Lambda entry point for the `work` routes (functions/api/groups/work.ts): the app parts they use, and nothing else. */
import { appFromEnv } from '../api/app';
import { WORK_ROUTES, type WorkApp } from '../api/groups/work';
import { directoryOf, inboxOf, mattersOf, revealsOf } from '../api/parts';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): WorkApp => ({ config: b.config, matters: mattersOf(b), inbox: inboxOf(b), reveals: revealsOf(b), directory: directoryOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, WORK_ROUTES);
