/** Lambda entry point for the `auth` routes of functions/api/routes.ts. */
import { appFromEnv } from '../api/app';
import { AUTH_ROUTES } from '../api/groups/auth';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, AUTH_ROUTES);
