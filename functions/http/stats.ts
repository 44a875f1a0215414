/** Lambda entry point for the `stats` routes (functions/stats/routes.ts; docs/rules.md §6: KPIs, hot spots, CSV export), with the app parts they use: ./compose/stats.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/stats'));
