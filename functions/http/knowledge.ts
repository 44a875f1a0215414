/** Lambda entry point for the `knowledge` routes (functions/api/groups/knowledge.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/knowledge'));
