/** Lambda entry point for the `public` routes of functions/api/routes.ts. */
import { appFromEnv } from '../api/app';
import { PUBLIC_ROUTES } from '../api/groups/public';
import { OPEN311_ROUTES } from '../stats/routes';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, [...PUBLIC_ROUTES, ...OPEN311_ROUTES]);
