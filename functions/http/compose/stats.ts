/** The `stats` function's routes and the app parts they use, loaded on its first request (functions/http/stats.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import { statsExportOf, statsOf } from '../../api/parts';
import { STATS_ROUTES, type StatsApp } from '../../stats/routes';

export const getApp = () => appFromEnv((b): StatsApp => ({ config: b.config, stats: statsOf(b), statsExport: statsExportOf(b) }));

export const routes = STATS_ROUTES;
