/** Lambda entry point for the `matters` routes of functions/api/routes.ts. */
import { createPhotoStorage } from '../uploads/storage';
import { appFromEnv } from '../api/app';
import { MATTERS_ROUTES } from '../api/groups/matters';
import { makeApiHandler } from './api';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 client.
const getApp = () => appFromEnv(createPhotoStorage);

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, MATTERS_ROUTES);
