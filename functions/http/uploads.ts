/** Lambda entry point for the `uploads` routes of functions/api/routes.ts (presigned photo uploads; UploadRole). */
import { createPhotoStorage } from '../uploads/storage';
import { appFromEnv } from '../api/app';
import { UPLOADS_ROUTES } from '../api/groups/uploads';
import { makeApiHandler } from './api';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 client.
const getApp = () => appFromEnv(createPhotoStorage);

getApp();

export const handler = makeApiHandler(getApp, UPLOADS_ROUTES);
