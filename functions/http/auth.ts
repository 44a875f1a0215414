/** Lambda entry point for the `auth` routes (functions/api/groups/auth.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/auth'));
