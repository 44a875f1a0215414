/** The `knowledge` function's routes and the app parts they use, loaded on its first request (functions/http/knowledge.ts). */
import { appFromEnv } from '../../api/app';
import { KNOWLEDGE_ROUTES, type KnowledgeApp } from '../../api/groups/knowledge';
import { knowledgeOf } from '../../api/parts';

export const getApp = () => appFromEnv((b): KnowledgeApp => ({ config: b.config, knowledge: knowledgeOf(b) }));

export const routes = KNOWLEDGE_ROUTES;
