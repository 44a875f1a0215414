/** Lambda entry point for the `knowledge` routes (functions/api/groups/knowledge.ts): the app parts they use, and nothing else. */
import { appFromEnv } from '../api/app';
import { KNOWLEDGE_ROUTES, type KnowledgeApp } from '../api/groups/knowledge';
import { knowledgeOf } from '../api/parts';
import { makeApiHandler } from './api';

const getApp = () => appFromEnv((b): KnowledgeApp => ({ config: b.config, knowledge: knowledgeOf(b) }));

// Built at cold start: a misconfiguration (e.g. an unknown HOTLINE_POLICY) fails the function at once, loudly.
getApp();

export const handler = makeApiHandler(getApp, KNOWLEDGE_ROUTES);
