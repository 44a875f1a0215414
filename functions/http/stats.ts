/** Lambda entry point for the `stats` routes (functions/stats/routes.ts; docs/rules.md §6: KPIs, hot spots, CSV export). */
import { appFromEnv } from '../api/app';
import { statsExportOf, statsOf } from '../api/parts';
import { STATS_ROUTES, type StatsApp } from '../stats/routes';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): StatsApp => ({ config: b.config, stats: statsOf(b), statsExport: statsExportOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, STATS_ROUTES);
