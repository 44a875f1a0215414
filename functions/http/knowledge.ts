/** Lambda entry point for the `knowledge` routes (functions/api/groups/knowledge.ts), with the app parts they use: ./compose/knowledge.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/knowledge'));
