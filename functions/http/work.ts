/** Lambda entry point for the `work` routes of functions/api/routes.ts. */
import { appFromEnv, makeApiHandler } from './api';

export const handler = makeApiHandler(appFromEnv, 'work');
