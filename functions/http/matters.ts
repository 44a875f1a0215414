/** Lambda entry point for the `matters` routes (functions/api/groups/matters.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/matters'));
