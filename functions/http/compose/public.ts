/** The `public` function's routes and the app parts they use, loaded on its first request (functions/http/public.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import type { Route } from '../../api/route';
import { PUBLIC_ROUTES, type PublicApp } from '../../api/groups/public';
import { limitsOf, mattersOf, openDataOf } from '../../api/parts';
import { OPEN311_ROUTES, type OpenDataApp } from '../../stats/routes';

export const getApp = () => appFromEnv((b): PublicApp & OpenDataApp => ({ config: b.config, limits: limitsOf(b), matters: mattersOf(b), openData: openDataOf(b) }));

export const routes: readonly Route<PublicApp & OpenDataApp>[] = [...PUBLIC_ROUTES, ...OPEN311_ROUTES];
