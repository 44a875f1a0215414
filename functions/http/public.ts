/** Lambda entry point for the `public` routes: the progress lookup (functions/api/groups/public.ts) and Open311. */
import { appFromEnv } from '../api/app';
import { PUBLIC_ROUTES, type PublicApp } from '../api/groups/public';
import { limitsOf, mattersOf, openDataOf } from '../api/parts';
import { OPEN311_ROUTES, type OpenDataApp } from '../stats/routes';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): PublicApp & OpenDataApp => ({ config: b.config, limits: limitsOf(b), matters: mattersOf(b), openData: openDataOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler<PublicApp & OpenDataApp>(getApp, [...PUBLIC_ROUTES, ...OPEN311_ROUTES]);
