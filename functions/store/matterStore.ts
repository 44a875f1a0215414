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
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import { notificationsFor, type Notification } from '../../shared/domain/notifications';
import type { Decision } from '../../shared/domain/stateMachine';
import type { Matter, TimelineEvent } from '../../shared/domain/types';
import type { StatsItemsFn } from '../stats/aggregates';
import { keys, matterIndexAttributes, outboxIndexAttributes } from './keys';
import { MatterIndex, type StoredMatter } from './matterIndex';

export { decodeCursor, toMatter, type MatterPage, type QueueFilter, type StoredMatter } from './matterIndex';

type Item = Record<string, NativeAttributeValue>;
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/**
 * What `create` did. A failed condition returns the item it found (ReturnValuesOnConditionCheckFailure ALL_OLD), so
 * a replayed Idempotency-Key or a repeat names the existing matter without a second read.
 */
export type CreateOutcome =
  | { kind: 'created' }
  /** `bodyHash`: the fingerprint of the body the key was first used with (null on records written before it). */
  | { kind: 'replay'; matterId: string; bodyHash: string | null }
  | { kind: 'repeat'; matterId: string };

export class MatterStore extends MatterIndex {
  constructor(
    db: DynamoDBDocumentClient,
    table: string,
    /** nextDueAt of a matter under the running policy and calendar (shared/domain/stateMachine.ts). */
    private readonly nextDue: (m: Matter) => number | null,
    /** Statistics counters written in the same transaction as the events (functions/stats/aggregates.ts, docs/rules.md §6). */
    private readonly stats?: StatsItemsFn,
  ) {
    super(db, table);
  }

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
          ...outboxIndexAttributes(n),
        },
      },
    }));
  }

  /**
   * Write a new matter with its first event, its tracking number, its outbox entries and (for citizen submissions)
   * its idempotency record, all or nothing. A duplicate Idempotency-Key (→ replay) or the same requestor's same
   * facts (→ repeat) cancel the transaction, and the outcome names the matter that is already there.
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
  ): Promise<CreateOutcome> {
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
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      });
    }
    const idempotencyIndex = extra.idempotency ? items.length : -1;
    if (extra.idempotency) {
      const { openid, key, ttl, bodyHash } = extra.idempotency;
      items.push({
        Put: {
          TableName: this.table,
          Item: { ...keys.idempotency(openid, key), entity: 'idempotency', matterId: m.id, ttl, ...(bodyHash ? { bodyHash } : {}) },
          ConditionExpression: 'attribute_not_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      });
    }
    try {
      await this.transact(items);
      return { kind: 'created' };
    } catch (e) {
      const failed = (i: number) => (i >= 0 ? failedItemMatterId(e, i) : null);
      const replayOf = failed(idempotencyIndex);
      if (replayOf) return { kind: 'replay', matterId: replayOf, bodyHash: failedItemAttr(e, idempotencyIndex, 'bodyHash') };
      if (rateIndex >= 0 && cancellationCodes(e)?.[rateIndex] === 'ConditionalCheckFailed') throw extra.rateLimit!.refusal();
      const repeatOf = failed(repeatIndex);
      if (repeatOf) return { kind: 'repeat', matterId: repeatOf };
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

  async idForTrackingNo(trackingNo: string): Promise<string | null> {
    const r = await this.db.send(new GetCommand({ TableName: this.table, Key: keys.tracking(trackingNo) }));
    return (r.Item?.matterId as string) ?? null;
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
}

/** Codes of a cancelled transaction, item by item ('None' where the item was fine); null for other errors. */
export function cancellationCodes(e: unknown): string[] | null {
  const err = e as { name?: string; CancellationReasons?: Array<{ Code?: string }> };
  if (err?.name !== 'TransactionCanceledException' || !err.CancellationReasons) return null;
  return err.CancellationReasons.map((r) => r.Code ?? 'None');
}

/** `matterId` of the item a cancelled transaction's item `i` found in its way (returned with ALL_OLD), or null. */
const failedItemMatterId = (e: unknown, i: number): string | null => failedItemAttr(e, i, 'matterId');

/** A string attribute of the item a cancelled transaction's item `i` found in its way, or null. */
function failedItemAttr(e: unknown, i: number, name: string): string | null {
  const reason = (e as { CancellationReasons?: Array<{ Code?: string; Item?: Record<string, unknown> }> }).CancellationReasons?.[i];
  if (cancellationCodes(e) === null || reason?.Code !== 'ConditionalCheckFailed') return null;
  // The document client does not unmarshall errors: the old item arrives as AttributeValues ({S: '…'}).
  const v = reason.Item?.[name] as string | { S?: string } | undefined;
  return (typeof v === 'string' ? v : v?.S) ?? null;
}
