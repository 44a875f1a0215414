/** The `knowledge` function's routes and the app parts they use, loaded on its first request (functions/http/knowledge.ts). */
import { appFromEnv } from '../../api/appFromEnv';
import { KNOWLEDGE_ROUTES, type KnowledgeApp } from '../../api/groups/knowledge';
import { knowledgeOf } from '../../api/knowledgeBase';

export const getApp = () => appFromEnv((b): KnowledgeApp => ({ config: b.config, knowledge: knowledgeOf(b) }));

export const routes = KNOWLEDGE_ROUTES;
