/**
 * Units (with parent units), staff accounts and the knowledge base (docs/rules.md §5 admin and knowledge routes).
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError, notFound } from '../../shared/domain/errors';
import type { Actor, Role } from '../../shared/domain/types';
import type { ArticleHit } from '../../shared/screening';
import { knowledgeSchema, parseOrThrow, staffLoginSchema, staffSchema, unitSchema } from '../../shared/schemas';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { cancellationCodes } from '../store/matterStore';
import { keys } from '../store/keys';
import { indexFor } from '../knowledge/search';
import type { KnowledgeArticle, Unit } from '../../shared/views/api';

/** GET /v1/work/units rows: the shape the workbench reads (shared/views/api.ts). */
export type { Unit } from '../../shared/views/api';

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

const isConditionFailure = (e: unknown) => (e as { name?: string })?.name === 'ConditionalCheckFailedException' || !!cancellationCodes(e);

export class Directory {
  private unitCache: { at: number; units: Map<string, Unit> } | null = null;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    /** How long a process may reuse the unit list (names change rarely). */
    private readonly unitCacheMs = 60_000,
    /** Seals a liaison phone for storage (functions/privacy/pii.ts); without it liaison phones are not stored. */
    private readonly sealPhone?: (phone: string) => string,
  ) {}

  // ── units ──
  async listUnits(now: number, fresh = false): Promise<Map<string, Unit>> {
    if (!fresh && this.unitCache && now - this.unitCache.at < this.unitCacheMs) return this.unitCache.units;
    const units = new Map<string, Unit>();
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.db.send(
        new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'UNITS' }, ExclusiveStartKey: start }),
      );
      for (const it of r.Items ?? []) units.set(it.id as string, { id: it.id as string, name: it.name as string, parentId: (it.parentId as string) ?? null });
      start = r.LastEvaluatedKey;
    } while (start);
    this.unitCache = { at: now, units };
    return units;
  }

  async unitNames(now: number): Promise<Map<string, string>> {
    return new Map([...(await this.listUnits(now)).values()].map((u) => [u.id, u.name]));
  }

  async createUnit(body: unknown, now: number): Promise<Unit> {
    const { liaisonPhone, ...u } = parseOrThrow(unitSchema, body);
    const liaison = liaisonPhone && this.sealPhone ? { liaisonPii: this.sealPhone(liaisonPhone) } : {};
    if (u.parentId) {
      const units = await this.listUnits(now, true); // a parent must exist now, not a minute ago
      if (!units.has(u.parentId)) throw new DomainError('VALIDATION_FAILED', `上级单位不存在：${u.parentId}`, [{ field: 'parentId', message: '未知单位' }]);
    }
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: { ...keys.unit(u.id), entity: 'unit', ...u, ...liaison, createdAt: new Date(now).toISOString() }, ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (e) {
      if (isConditionFailure(e)) throw new DomainError('INVALID_TRANSITION', `单位编号已存在：${u.id}`, { field: 'id' });
      throw e;
    }
    this.unitCache = null;
    return u;
  }

  // ── staff ──
  async createStaff(body: unknown, now: number): Promise<{ username: string; role: Role; unitId?: string }> {
    const s = parseOrThrow(staffSchema, body);
    if (s.role === 'unit' && !(await this.listUnits(now, true)).has(s.unitId!)) {
      throw new DomainError('VALIDATION_FAILED', `所属单位不存在：${s.unitId}`, [{ field: 'unitId', message: '未知单位' }]);
    }
    const item = {
      ...keys.staff(s.username),
      entity: 'staff',
      username: s.username,
      role: s.role,
      ...(s.role === 'unit' ? { unitId: s.unitId } : {}),
      ...(s.displayName ? { displayName: s.displayName } : {}),
      passwordHash: await hashPassword(s.password),
      createdAt: new Date(now).toISOString(),
    };
    try {
      await this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (e) {
      if (isConditionFailure(e)) throw new DomainError('INVALID_TRANSITION', `用户名已存在：${s.username}`, { field: 'username' });
      throw e;
    }
    return { username: s.username, role: s.role, ...(s.role === 'unit' ? { unitId: s.unitId } : {}) };
  }

  /**
   * Staff sign-in. If no `admin` account exists, signing in as `admin` with ADMIN_BOOTSTRAP_PASSWORD creates it (docs/rules.md §5).
   * Wrong username and wrong password give the same answer.
   */
  async checkStaff(body: unknown, bootstrapPassword: string | undefined, now: number): Promise<Actor> {
    const { username, password } = parseOrThrow(staffLoginSchema, body);
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.staff(username), ConsistentRead: true }));
    const refused = new DomainError('UNAUTHENTICATED', '用户名或密码不正确');
    if (!r.Item) {
      if (username === 'admin' && bootstrapPassword && password === bootstrapPassword) {
        try {
          await this.db.send(
            new PutCommand({
              TableName: this.table,
              Item: { ...keys.staff('admin'), entity: 'staff', username: 'admin', role: 'admin', passwordHash: await hashPassword(password), createdAt: new Date(now).toISOString() },
              ConditionExpression: 'attribute_not_exists(pk)',
            }),
          );
        } catch (e) {
          if (!isConditionFailure(e)) throw e; // created concurrently: fine
        }
        return { role: 'admin', username: 'admin' };
      }
      throw refused;
    }
    if (!(await verifyPassword(password, r.Item.passwordHash as string))) throw refused;
    const role = r.Item.role as Role;
    // The display name travels in the session token, so stamping it on events costs no read (GZ Art.26).
    const name = typeof r.Item.displayName === 'string' ? { name: r.Item.displayName } : {};
    return role === 'unit' ? { role, username, unitId: r.Item.unitId as string, ...name } : { role, username, ...name };
  }

  // ── knowledge base ──
  async listArticles(): Promise<Article[]> {
    const out: Article[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const r = await this.db.send(
        new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'KB' }, ExclusiveStartKey: start }),
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
