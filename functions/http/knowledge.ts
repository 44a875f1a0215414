/** Lambda entry point for the `knowledge` routes of functions/api/routes.ts. */
import { appFromEnv } from '../api/app';
import { KNOWLEDGE_ROUTES } from '../api/groups/knowledge';
import { makeApiHandler } from './api';

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
appFromEnv();

export const handler = makeApiHandler(appFromEnv, KNOWLEDGE_ROUTES);
