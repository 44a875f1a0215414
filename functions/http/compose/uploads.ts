/** The `uploads` function's routes and the app parts they use, loaded on its first request (functions/http/uploads.ts). */
import { createPhotoStorage } from '../../uploads/storage';
import { appFromEnv } from '../../api/appFromEnv';
import { UPLOADS_ROUTES, type UploadsApp } from '../../api/groups/uploads';
import { photosOf } from '../../api/parts';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 signer.
export const getApp = () => appFromEnv((b): UploadsApp => ({ config: b.config, photos: photosOf(b) }), createPhotoStorage);

export const routes = UPLOADS_ROUTES;
