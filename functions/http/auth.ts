/** Lambda entry point for the `auth` routes (functions/api/groups/auth.ts), with the app parts they use: ./compose/auth.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/auth'));
