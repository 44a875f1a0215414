/** Lambda entry point for the `stats` routes of functions/api/routes.ts (docs/rules.md §6: KPIs, hot spots, CSV export). */
import { appFromEnv } from '../api/app';
import { STATS_ROUTES } from '../stats/routes';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, STATS_ROUTES);
