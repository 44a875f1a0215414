/** Lambda entry point for the `admin` routes of functions/api/routes.ts. */
import { appFromEnv } from '../api/app';
import { ADMIN_ROUTES } from '../api/groups/admin';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, ADMIN_ROUTES);
