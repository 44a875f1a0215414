/** Lambda entry point for the `public` routes: the progress lookup (functions/api/groups/public.ts) and Open311, with the app parts they use: ./compose/public.ts, loaded on the first request. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/public'));
