/** Lambda entry point for the `uploads` routes (functions/api/groups/uploads.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/uploads'));
