/** Lambda entry point for the `uploads` routes of functions/api/routes.ts (presigned photo uploads; UploadRole). */
import { appFromEnv, makeApiHandler } from './api';

appFromEnv();

export const handler = makeApiHandler(appFromEnv, 'uploads');
