/** Lambda entry point for the `auth` routes of functions/api/routes.ts. */
import { appFromEnv, makeApiHandler } from './api';

export const handler = makeApiHandler(appFromEnv, 'auth');
