/** Lambda entry point for the `work` routes of functions/api/routes.ts. */
import { appFromEnv } from '../api/app';
import { WORK_ROUTES } from '../api/groups/work';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, WORK_ROUTES);
