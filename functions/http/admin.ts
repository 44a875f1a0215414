/** Lambda entry point for the `admin` routes (functions/api/groups/admin.ts): the app parts they use, and nothing else. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/admin'));
