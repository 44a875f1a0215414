/** Lambda entry point for the `stats` routes (functions/stats/routes.ts; docs/rules.md §6: KPIs, hot spots, CSV export). */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/stats'));
