/** Lambda entry point for the `public` routes of functions/api/routes.ts. */
import { appFromEnv, makeApiHandler } from './api';

export const handler = makeApiHandler(appFromEnv, 'public');
