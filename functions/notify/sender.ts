/**
 * Outbox sender. Notifications are written in the same transaction as the events they announce
 * (store/matterStore.ts); this delivers them. Two paths call `deliverItem`: the DynamoDB Streams trigger
 * (functions/notify/stream.ts, within seconds of the commit) and the sweep's pass over the unsent index (the safety
 * net for anything the stream path missed).
 *
 * Each (matter, version, audience) is sent once even when both paths, or several invocations, see it at once:
 *
 *   t0  stream run A and sweep B read item O#000003#citizen (unsent)
 *   t1  A claims it: SET claimUntil = now+60s IF unsent AND (no claim OR claim expired)   → ok
 *   t2  B claims it: same condition fails (A's claim holds)                                → B skips it
 *   t3  A sends, then marks it sent (out of the unsent index) IF claimId = A's
 *
 * A run that dies between t3's send and its mark leaves a claim that expires, so the item is sent again (at least
 * once, never lost). A failed send stays unsent with a later retry time (exponential backoff); after MAX_ATTEMPTS it
 * is parked for the centre (`failedAt`), and an undeliverable one (no phone, wrong number) is recorded as such —
 * neither is ever deleted.
 */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { OUTBOX_SHARDS, outboxIndex, queries } from '../store/keys';
import { RetryLater, type Channel, type Delivery, type OutboxNotification } from './router';

export type { Channel } from './router';
export { subscribeMessage, recordingChannel } from './recording';

export const MAX_ATTEMPTS = 8;
const CLAIM_MS = 60_000;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const iso = (ms: number) => new Date(ms).toISOString();
const conditionFailed = (e: unknown) => (e as { name?: string }).name === 'ConditionalCheckFailedException';

export interface SendReport {
  sent: number;
  failed: number;
  /** Recorded as undeliverable or parked without retry (refused with no phone, wrong number, bad template). */
  undeliverable: number;
  /** Claimed by a concurrent run, or already sent: skipped. */
  skipped: number;
  itemsRead: number;
}

export type ItemOutcome = 'sent' | 'failed' | 'undeliverable' | 'skipped';

type Item = Record<string, unknown> & { pk: string; sk: string };

/** Deliver one outbox item (from the unsent index or from the stream): claim, send, record. */
export async function deliverItem(db: DynamoDBDocumentClient, table: string, channel: Channel, item: Item, now: number): Promise<ItemOutcome> {
  const key = { pk: item.pk, sk: item.sk };
  const claimId = randomUUID();
  try {
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: 'SET claimUntil = :until, claimId = :c',
        ConditionExpression: `${outboxIndex.isUnsent} AND (attribute_not_exists(claimUntil) OR claimUntil < :now)`,
        ExpressionAttributeValues: { ':until': now + CLAIM_MS, ':c': claimId, ':now': now },
      }),
    );
  } catch (e) {
    if (conditionFailed(e)) return 'skipped';
    throw e;
  }
  const attempts = Number(item.attempts ?? 0) + 1;
  let delivery: Delivery;
  try {
    const r = await channel.send(item as unknown as OutboxNotification, now);
    delivery = typeof r === 'string' ? { status: 'sent', detail: r } : r;
  } catch (e) {
    const retryAt = now + Math.min(2 ** attempts, 720) * 60_000;
    const parked = attempts >= MAX_ATTEMPTS;
    const patch = e instanceof RetryLater ? e.patch : {};
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':a': attempts, ':e': clip(String((e as Error)?.message ?? e), 300), ':c': claimId };
    const sets = ['attempts = :a', 'lastError = :e'];
    Object.entries(patch).forEach(([k, v], i) => {
      names[`#p${i}`] = k;
      values[`:p${i}`] = v;
      sets.push(`#p${i} = :p${i}`);
    });
    if (parked) {
      values[':at'] = iso(now);
      sets.push('failedAt = :at');
    } else {
      values[':sk'] = outboxIndex.retrySk(item as unknown as OutboxNotification, retryAt);
      sets.push(outboxIndex.setRetry(':sk'));
    }
    await db.send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: `SET ${sets.join(', ')} REMOVE claimUntil, claimId${parked ? `, ${outboxIndex.remove}` : ''}`,
        ConditionExpression: 'claimId = :c',
        ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      }),
    );
    return 'failed';
  }
  // Leaving the unsent index (outboxIndex.remove) keeps the item itself as the record.
  // `result` is a DynamoDB reserved word: name it through #r.
  const at = delivery.status === 'sent' ? 'sentAt' : delivery.status === 'parked' ? 'failedAt' : 'undeliverableAt';
  await db
    .send(
      new UpdateCommand({
        TableName: table,
        Key: key,
        UpdateExpression: `SET ${at} = :at, attempts = :a, #r = :r${delivery.channel ? ', deliveredBy = :ch' : ''} REMOVE ${outboxIndex.remove}, claimUntil, claimId`,
        ConditionExpression: 'claimId = :c',
        ExpressionAttributeNames: { '#r': 'result' },
        ExpressionAttributeValues: { ':at': iso(now), ':a': attempts, ':r': clip(delivery.detail, 1000), ':c': claimId, ...(delivery.channel ? { ':ch': delivery.channel } : {}) },
      }),
    )
    .catch((e) => {
      if (!conditionFailed(e)) throw e; // our claim expired and another run took over: it records its own result
    });
  return delivery.status === 'sent' ? 'sent' : 'undeliverable';
}

/** The sweep's pass: every unsent item due by `now`, shard by shard. */
export async function deliverOutbox(
  db: DynamoDBDocumentClient,
  table: string,
  channel: Channel,
  now: number,
  opts: { limit?: number; concurrency?: number } = {},
): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, undeliverable: 0, skipped: 0, itemsRead: 0 };
  for (let shard = 0; shard < OUTBOX_SHARDS; shard++) {
    const r = await db.send(new QueryCommand({ TableName: table, ...queries.outboxDueBy(shard, now), Limit: opts.limit ?? 100 }));
    const items = (r.Items ?? []) as Item[];
    report.itemsRead += items.length;
    const width = Math.max(1, opts.concurrency ?? 1);
    for (let i = 0; i < items.length; i += width) {
      const outcomes = await Promise.all(items.slice(i, i + width).map((item) => deliverItem(db, table, channel, item, now)));
      for (const o of outcomes) report[o] += 1;
    }
  }
  return report;
}
