/** Lambda entry point for the `work` routes (functions/api/groups/work.ts), with the app parts they use: ./compose/work.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/work'));
