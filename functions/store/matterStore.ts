/**
 * Matter persistence (docs/data-model.md). A state change, its timeline events and its outbox entries are one
 * TransactWriteItems, guarded by the version the command was decided on:
 *
 *   t0  A reads matter v7          B reads matter v7
 *   t1  A decides → v8, writes      (condition version = 7 holds; event E#000008 did not exist)
 *   t2                              B decides → v8, writes: condition version = 7 fails → whole transaction cancelled
 *
 * so two conflicting commands can never both apply, and the table never holds a state without its event
 * or an event without its state.
 */
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import { notificationsFor, type Notification } from '../../shared/domain/notifications';
import type { Decision } from '../../shared/domain/stateMachine';
import type { Matter, Status, TimelineEvent } from '../../shared/domain/types';
import type { StatsItemsFn } from '../stats/aggregates';
import { INDEX_ATTRIBUTES, keys, matterIndexAttributes, OUTBOX_SHARDS, outboxPk, shardOf } from './keys';

type Item = Record<string, NativeAttributeValue>;
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** Attributes on a matter item that are storage, not domain. */
const STORAGE_ONLY = new Set<string>(['pk', 'sk', 'entity', 'pii', 'phoneLast4Hash', 'phoneHash', ...INDEX_ATTRIBUTES]);

export interface StoredMatter {
  matter: Matter;
  /** Sealed contact name and phone (functions/privacy/pii.ts). */
  pii: string | null;
  phoneLast4Hash: string | null;
  /** Fingerprint of the whole contact phone (absent on matters stored before it existed). */
  phoneHash?: string | null;
}

export interface MatterPage {
  items: Matter[];
  cursor: string | null;
}

export interface QueueFilter {
  unitId?: string;
  status?: Status;
  overdue?: boolean;
  supervisionLevel?: number;
  /** Only matters whose contact phone has this fingerprint (centre queue only). */
  phoneHash?: string;
  /** Newest first instead of the queue's oldest-first order. */
  newestFirst?: boolean;
  cursor?: string | null;
  limit?: number;
}

const encodeCursor = (k: Item | undefined): string | null => (k ? Buffer.from(JSON.stringify(k)).toString('base64url') : null);
export function decodeCursor(c: string | null | undefined): Item | undefined {
  if (!c) return undefined;
  try {
    const v = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (v && typeof v === 'object' && typeof v.pk === 'string') return v as Item;
  } catch {
    /* fall through to the validation error */
  }
  throw new DomainError('VALIDATION_FAILED', '分页参数不正确，请从第一页重新加载', [{ field: 'cursor', message: '无效' }]);
}

export function toMatter(item: Item): Matter {
  const m: Item = {};
  for (const [k, v] of Object.entries(item)) if (!STORAGE_ONLY.has(k)) m[k] = v;
  return m as Matter;
}

export class MatterStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly table: string,
    /** nextDueAt of a matter under the running policy and calendar (shared/domain/stateMachine.ts). */
    private readonly nextDue: (m: Matter) => number | null,
    /** Statistics counters written in the same transaction as the events (functions/stats/aggregates.ts, SPEC §6). */
    private readonly stats?: StatsItemsFn,
  ) {}

  /**
   * Send a transaction; retry (twice, after a short random pause) when it was cancelled only because another
   * transaction held one of its items — the shared statistics counters make that possible for two commands on
   * different matters. A cancelled transaction wrote nothing, and the version condition still guards the retry.
   */
  private async transact(items: TransactItem[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.db.send(new TransactWriteCommand({ TransactItems: items }));
        return;
      } catch (e) {
        const codes = cancellationCodes(e);
        const conflictOnly = !!codes && codes.includes('TransactionConflict') && codes.every((c) => c === 'TransactionConflict' || c === 'None');
        if (!conflictOnly || attempt >= 2) throw e;
        await new Promise((r) => setTimeout(r, 10 + Math.random() * 40 * (attempt + 1)));
      }
    }
  }

  matterItem(m: Matter, extra: { pii?: string | null; phoneLast4Hash?: string | null; phoneHash?: string | null }): Item {
    const item: Item = { ...keys.matter(m.id), entity: 'matter', ...m, ...matterIndexAttributes(m, this.nextDue(m)) };
    if (extra.pii) item.pii = extra.pii;
    if (extra.phoneLast4Hash) item.phoneLast4Hash = extra.phoneLast4Hash;
    // Fingerprint of the whole contact phone: the centre's "same caller has an open matter" check (GZ Art.22).
    if (extra.phoneHash) item.phoneHash = extra.phoneHash;
    for (const k of Object.keys(item)) if (item[k] === undefined) delete item[k];
    return item;
  }

  private eventPuts(m: Matter, events: TimelineEvent[]) {
    return events.map((e) => ({
      Put: {
        TableName: this.table,
        Item: { ...keys.event(m.id, e.version), entity: 'event', matterId: m.id, ...e },
        ConditionExpression: 'attribute_not_exists(pk)',
      },
    }));
  }

  private outboxPuts(notifications: Notification[]) {
    return notifications.map((n) => ({
      Put: {
        TableName: this.table,
        Item: {
          ...keys.outbox(n.matterId, n.version, n.audience),
          entity: 'outbox',
          ...n,
          attempts: 0,
          gsi3pk: outboxPk(shardOf(`${n.matterId}#${n.version}`, OUTBOX_SHARDS)),
          gsi3sk: `${new Date(n.at).toISOString()}#${n.matterId}#${n.version}#${n.audience}`,
        },
      },
    }));
  }

  /**
   * Write a new matter with its first event, its tracking number, its outbox entries and (for citizen submissions)
   * its idempotency record, all or nothing. A duplicate Idempotency-Key fails the transaction: the caller then
   * returns the matter the first request created.
   */
  async create(
    d: Decision,
    extra: {
      pii: string | null;
      phoneLast4Hash: string | null;
      phoneHash?: string | null;
      /** `bodyHash`: fingerprint of the validated body, so a reused key with another body is told apart. */
      idempotency?: { openid: string; key: string; ttl: number; bodyHash?: string };
      /** GZ Art.22: a fingerprint of requestor + facts; a second matter with the same one is refused as a repeat. */
      repeat?: { fingerprint: string; ttl: number };
      /** A rate-limit counter updated in the same transaction (functions/api/rateLimit.ts `transactItem`). */
      rateLimit?: { item: TransactItem; refusal: () => DomainError } | null;
    },
  ) {
    const m = d.matter;
    const items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [
      { Put: { TableName: this.table, Item: this.matterItem(m, extra), ConditionExpression: 'attribute_not_exists(pk)' } },
      { Put: { TableName: this.table, Item: { ...keys.tracking(m.trackingNo), entity: 'tracking', matterId: m.id }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ...this.eventPuts(m, d.events),
      ...this.outboxPuts(notificationsFor(m, d.events)),
      ...(this.stats?.(null, d) ?? []),
    ];
    const rateIndex = extra.rateLimit ? items.length : -1;
    if (extra.rateLimit) items.push(extra.rateLimit.item);
    const repeatIndex = extra.repeat ? items.length : -1;
    if (extra.repeat) {
      items.push({
        Put: {
          TableName: this.table,
          Item: { ...keys.repeat(extra.repeat.fingerprint), entity: 'repeat', matterId: m.id, ttl: extra.repeat.ttl },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    if (extra.idempotency) {
      const { openid, key, ttl, bodyHash } = extra.idempotency;
      items.push({
        Put: {
          TableName: this.table,
          Item: { ...keys.idempotency(openid, key), entity: 'idempotency', matterId: m.id, ttl, ...(bodyHash ? { bodyHash } : {}) },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      });
    }
    try {
      await this.transact(items);
    } catch (e) {
      const reasons = cancellationCodes(e);
      if (reasons && extra.idempotency && reasons[items.length - 1] === 'ConditionalCheckFailed') {
        throw new DomainError('VERSION_CONFLICT', '该请求已提交', { idempotencyReplay: true });
      }
      if (reasons && rateIndex >= 0 && reasons[rateIndex] === 'ConditionalCheckFailed') throw extra.rateLimit!.refusal();
      if (reasons && repeatIndex >= 0 && reasons[repeatIndex] === 'ConditionalCheckFailed') {
        throw new DomainError('VERSION_CONFLICT', '您已反映过相同的诉求', { repeat: true });
      }
      throw e;
    }
  }

  /**
   * Apply a decided command: matter put conditional on the version it was decided from, events, outbox, statistics.
   * `previous.events` (the timeline read with the matter, when the caller has it) dates the reply statistics.
   */
  async apply(previous: StoredMatter & { events?: TimelineEvent[] }, d: Decision): Promise<void> {
    if (!d.events.length) return;
    const m = d.matter;
    try {
      await this.transact([
        {
          Put: {
            TableName: this.table,
            Item: this.matterItem(m, previous),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': previous.matter.version },
          },
        },
        ...this.eventPuts(m, d.events),
        ...this.outboxPuts(notificationsFor(m, d.events)),
        ...(this.stats?.(previous, d) ?? []),
      ]);
    } catch (e) {
      if (cancellationCodes(e)?.includes('ConditionalCheckFailed')) {
        throw new DomainError('VERSION_CONFLICT', '该诉求刚刚被其他人更新，请刷新后再操作', { expectedVersion: previous.matter.version });
      }
      throw e;
    }
  }

  /** Rewrite a matter's index attributes (no new version) — used when the due index pointed at it too early. */
  async reindex(stored: StoredMatter): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: this.matterItem(stored.matter, stored),
          ConditionExpression: 'version = :v',
          ExpressionAttributeValues: { ':v': stored.matter.version },
        }),
      );
    } catch (e) {
      // Someone wrote a newer version, and with it the right index attributes.
      if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e;
    }
  }

  async get(id: string): Promise<StoredMatter | null> {
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.matter(id), ConsistentRead: true }));
    return r.Item ? this.unpack(r.Item) : null;
  }

  /** The matter and its whole timeline in one Query (they share a partition). */
  async getWithTimeline(id: string): Promise<(StoredMatter & { events: TimelineEvent[] }) | null> {
    let matter: StoredMatter | null = null;
    const events: TimelineEvent[] = [];
    let start: Item | undefined;
    do {
      const r = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :e AND :m',
          ExpressionAttributeValues: { ':pk': `M#${id}`, ':e': 'E#', ':m': 'M' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const it of r.Items ?? []) {
        if (it.sk === 'M') matter = this.unpack(it);
        else if (typeof it.sk === 'string' && it.sk.startsWith('E#')) {
          const { pk: _pk, sk: _sk, entity: _e, matterId: _m, ...e } = it;
          events.push(e as TimelineEvent);
        }
      }
      start = r.LastEvaluatedKey;
    } while (start);
    return matter ? { ...(matter as StoredMatter), events } : null;
  }

  unpack(item: Item): StoredMatter {
    return {
      matter: toMatter(item),
      pii: (item.pii as string) ?? null,
      phoneLast4Hash: (item.phoneLast4Hash as string) ?? null,
      phoneHash: (item.phoneHash as string) ?? null,
    };
  }

  async idForTrackingNo(trackingNo: string): Promise<string | null> {
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.tracking(trackingNo) }));
    return (r.Item?.matterId as string) ?? null;
  }

  async idForRepeat(fingerprint: string): Promise<string | null> {
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.repeat(fingerprint), ConsistentRead: true }));
    return (r.Item?.matterId as string) ?? null;
  }

  async idForIdempotencyKey(openid: string, key: string): Promise<string | null> {
    return (await this.idempotencyRecord(openid, key))?.matterId ?? null;
  }

  /** The matter an Idempotency-Key made and the fingerprint of the body it was used with (absent on old records). */
  async idempotencyRecord(openid: string, key: string): Promise<{ matterId: string; bodyHash: string | null } | null> {
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.idempotency(openid, key), ConsistentRead: true }));
    return r.Item ? { matterId: r.Item.matterId as string, bodyHash: (r.Item.bodyHash as string) ?? null } : null;
  }

  /** Next number of the day for a tracking number (atomic counter). */
  async nextSequence(prefixAndDay: string): Promise<number> {
    const r = await this.db.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.sequence(prefixAndDay),
        UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(r.Attributes?.n);
  }

  /** A citizen's matters, newest first (gsi1). */
  async listByOwner(openid: string, cursor?: string | null, limit = 20): Promise<MatterPage> {
    const r = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': `OWNER#${openid}` },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: decodeCursor(cursor),
      }),
    );
    return { items: (r.Items ?? []).map(toMatter), cursor: encodeCursor(r.LastEvaluatedKey) };
  }

  /**
   * Work queues: a unit's matters as lead (gsi2, optionally by status) or the centre's matters by status (gsi4).
   * Overdue and supervision filters apply inside the one partition the key selects.
   */
  async queue(f: QueueFilter): Promise<MatterPage> {
    const names: Record<string, string> = {};
    const values: Item = {};
    let index: string;
    let keyCond: string;
    if (f.unitId) {
      index = 'gsi2';
      values[':p'] = `UNIT#${f.unitId}`;
      keyCond = 'gsi2pk = :p';
      if (f.status) {
        values[':s'] = `${f.status}#`;
        keyCond += ' AND begins_with(gsi2sk, :s)';
      }
    } else {
      index = 'gsi4';
      values[':p'] = `CENTER#${f.status ?? 'received'}`;
      keyCond = 'gsi4pk = :p';
    }
    const filters: string[] = [];
    if (f.overdue !== undefined) {
      names['#o'] = 'overdue';
      values[':o'] = f.overdue;
      filters.push('#o = :o');
    }
    if (f.supervisionLevel !== undefined) {
      names['#l'] = 'supervisionLevel';
      values[':l'] = f.supervisionLevel;
      filters.push('#l >= :l');
    }
    if (f.phoneHash !== undefined) {
      names['#h'] = 'phoneHash';
      values[':h'] = f.phoneHash;
      filters.push('#h = :h');
    }
    const r = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: index,
        KeyConditionExpression: keyCond,
        FilterExpression: filters.length ? filters.join(' AND ') : undefined,
        ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
        ExpressionAttributeValues: values,
        ScanIndexForward: !f.newestFirst, // queues: oldest first, the most urgent work is the longest waiting
        Limit: f.limit ?? 50,
        ExclusiveStartKey: decodeCursor(f.cursor),
      }),
    );
    return { items: (r.Items ?? []).map(toMatter), cursor: encodeCursor(r.LastEvaluatedKey) };
  }
}

/** Codes of a cancelled transaction, item by item ('None' where the item was fine); null for other errors. */
export function cancellationCodes(e: unknown): string[] | null {
  const err = e as { name?: string; CancellationReasons?: Array<{ Code?: string }> };
  if (err?.name !== 'TransactionCanceledException' || !err.CancellationReasons) return null;
  return err.CancellationReasons.map((r) => r.Code ?? 'None');
}
