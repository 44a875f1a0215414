/** Lambda entry point for the `uploads` routes (functions/api/groups/uploads.ts), with the app parts they use: ./compose/uploads.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/uploads'));
