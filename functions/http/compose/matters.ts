/** The `matters` function's routes and the app parts they use, loaded on its first request (functions/http/matters.ts). */
import { createPhotoStorage } from '../../uploads/storage';
import { appFromEnv } from '../../api/appFromEnv';
import { MATTERS_ROUTES, type MattersApp } from '../../api/groups/matters';
import { limitsOf, mattersOf, revealsOf } from '../../api/parts';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 signer.
export const getApp = () => appFromEnv((b): MattersApp => ({ config: b.config, matters: mattersOf(b), reveals: revealsOf(b), limits: limitsOf(b) }), createPhotoStorage);

export const routes = MATTERS_ROUTES;
