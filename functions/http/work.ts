/** Lambda entry point for the `work` routes (functions/api/groups/work.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/work'));
