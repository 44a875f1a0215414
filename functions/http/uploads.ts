/** Lambda entry point for the `uploads` routes (functions/api/groups/uploads.ts): the app parts they use, and nothing else. */
import { createPhotoStorage } from '../uploads/storage';
import { appFromEnv } from '../api/app';
import { UPLOADS_ROUTES, type UploadsApp } from '../api/groups/uploads';
import { photosOf } from '../api/parts';
import { makeApiHandler } from './api';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 signer.
const getApp = () => appFromEnv((b): UploadsApp => ({ config: b.config, photos: photosOf(b) }), createPhotoStorage);

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, UPLOADS_ROUTES);
