/** Lambda entry point for the `admin` routes of functions/api/routes.ts. */
import { appFromEnv, makeApiHandler } from './api';

export const handler = makeApiHandler(appFromEnv, 'admin');
