/** Lambda entry point for the `admin` routes (functions/api/groups/admin.ts), with the app parts they use: ./compose/admin.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/admin'));
