/** Lambda entry point for the `matters` routes of functions/api/routes.ts. */
import { appFromEnv, makeApiHandler } from './api';

export const handler = makeApiHandler(appFromEnv, 'matters');
