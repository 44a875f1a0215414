/** Lambda entry point for the `matters` routes (functions/api/groups/matters.ts): the app parts they use, and nothing else. */
import { createPhotoStorage } from '../uploads/storage';
import { appFromEnv } from '../api/app';
import { MATTERS_ROUTES, type MattersApp } from '../api/groups/matters';
import { limitsOf, mattersOf, revealsOf } from '../api/parts';
import { makeApiHandler } from './api';

// Photos: matters signs photo URLs, uploads presigns uploads; only these two functions bundle the S3 signer.
const getApp = () => appFromEnv((b): MattersApp => ({ config: b.config, matters: mattersOf(b), reveals: revealsOf(b), limits: limitsOf(b) }), createPhotoStorage);

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, MATTERS_ROUTES);
