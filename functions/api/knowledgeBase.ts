/**
 * The knowledge base: articles (KB partition) and the search over them (functions/knowledge/search.ts). Apart from
 * the units-and-staff directory (./directory.ts) because the search bundles its segmentation, thesaurus and pinyin
 * data: only the knowledge function carries it. Its part (`knowledgeOf`) lives here, not in ./parts.ts, because
 * with code splitting esbuild emits the search's chunk for every bundle that holds this file, used or not.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { notFound } from '../../shared/domain/errors';
import type { Actor } from '../../shared/domain/types';
import type { ArticleHit } from '../../shared/screening';
import { knowledgeSchema, parseOrThrow } from '../../shared/schemas';
import type { KnowledgeArticle } from '../../shared/views/api';
import { keys, queries } from '../store/keys';
import { once } from './once';

export interface Article {
  id: string;
  title: string;
  body: string;
  tags: string[];
  category?: string;
  /** Common ways citizens ask it (常见问法), matched by the knowledge search. */
  questions?: string[];
  updatedAt: string;
  updatedBy: string;
}

export class KnowledgeBase {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async listArticles(): Promise<Article[]> {
    const out: Article[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.db.send(
        new QueryCommand({ TableName: this.table, ...queries.articles(), ExclusiveStartKey: start }),
      );
      for (const { pk: _p, sk: _s, entity: _e, ...a } of r.Items ?? []) out.push(a as Article);
      start = r.LastEvaluatedKey;
    } while (start);
    return out;
  }

  /**
   * Articles that answer `q`, best first, or none when nothing is relevant enough (functions/knowledge/search.ts).
   * An empty `q` lists the knowledge base.
   */
  async search(q: string, limit = 10): Promise<KnowledgeArticle[]> {
    const articles = await this.listArticles();
    if (!q.trim()) return articles.slice(0, limit).map((a) => ({ ...a, score: 0 }));
    // Loaded on the first search, not at cold start (issue 17): its Chinese word segmenter (Intl.Segmenter, created
    // when the module loads) alone cost ~11 ms, in every API function that composes the knowledge base.
    const { indexFor } = await import('../knowledge/search');
    return indexFor(articles).search(q, limit).map((h) => ({ ...h.doc, score: Math.round(h.score * 10) / 10 }));
  }

  async hitsFor(content: string): Promise<ArticleHit[]> {
    return (await this.search(content, 3)).map((a) => ({ id: a.id, title: a.title, snippet: a.body.slice(0, 120) }));
  }

  async putArticle(actor: Actor, body: unknown, now: number, id?: string): Promise<Article> {
    const input = parseOrThrow(knowledgeSchema, body);
    const articleId = id ?? randomUUID();
    if (id) {
      const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.article(id) }));
      if (!r.Item) throw notFound('未找到该知识条目');
    }
    const article: Article = { id: articleId, ...input, updatedAt: new Date(now).toISOString(), updatedBy: actor.username ?? actor.role };
    await this.db.send(new PutCommand({ TableName: this.table, Item: { ...keys.article(articleId), entity: 'article', ...article } }));
    return article;
  }
}

/** The knowledge part of an app base (./parts.ts `AppBase`). */
export const knowledgeOf = (b: { db: DynamoDBDocumentClient; config: { table: string } }): KnowledgeBase => once(b, 'knowledge', () => new KnowledgeBase(b.db, b.config.table));
