/** Lambda entry point for the `matters` routes (functions/api/groups/matters.ts), with the app parts they use: ./compose/matters.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/matters'));
