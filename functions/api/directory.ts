/**
 * Units (with parent units) and staff accounts (docs/rules.md §5 admin routes); the knowledge base is ./knowledgeBase.ts.
 */
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import type { Actor, Role } from '../../shared/domain/types';
import { parseOrThrow, staffLoginSchema, staffSchema, unitSchema } from '../../shared/schemas';
import { hashPassword, verifyPassword } from '../auth/passwords';
import { cancellationCodes } from '../store/matterStore';
import { keys, queries } from '../store/keys';
import type { Unit } from '../../shared/views/api';

/** GET /v1/work/units rows: the shape the workbench reads (shared/views/api.ts). */
export type { Unit } from '../../shared/views/api';
export type { Article } from './knowledgeBase';


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
        new QueryCommand({ TableName: this.table, ...queries.units(), ExclusiveStartKey: start }),
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
}
