/** Lambda entry point for the `public` routes: the progress lookup (functions/api/groups/public.ts) and Open311. */
import { lazyApiHandler } from './api';

export const handler = lazyApiHandler(() => import('./compose/public'));
