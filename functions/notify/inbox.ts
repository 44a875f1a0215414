/**
 * The staff inbox (消息): what `shared/domain/notifications.ts` sends to a unit or the centre — new dispatches, return
 * decisions, rejected replies, urges and supervision, appeals and termination requests — as entries they can read,
 * with an unread count. The sender writes an entry when it delivers a unit/centre outbox item; the entry is keyed by
 * (matter, version), so a repeated delivery writes nothing twice and counts nothing twice.
 *
 *   pk INBOX#unit#<unitId> | INBOX#center | INBOX#supervision_office
 *   sk E#<at>#<matterId>#<version>   one entry          sk UNREAD   the unread counter (n)
 */
import { QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import type { Notification } from '../../shared/domain/notifications';
import type { Actor } from '../../shared/domain/types';

const boxOf = (n: Pick<Notification, 'audience' | 'recipient'>) => (n.audience === 'unit' ? `INBOX#unit#${n.recipient}` : `INBOX#${n.audience}`);
const boxFor = (actor: Actor) => {
  if (actor.role === 'unit' && actor.unitId) return `INBOX#unit#${actor.unitId}`;
  if (actor.role === 'center') return 'INBOX#center';
  throw new DomainError('FORBIDDEN', '只有热线工作机构和承办单位有消息');
};
const cancelledByCondition = (e: unknown) => (e as { name?: string }).name === 'TransactionCanceledException' || (e as { name?: string }).name === 'ConditionalCheckFailedException';

export interface InboxEntry {
  key: string;
  matterId: string;
  trackingNo: string;
  type: string;
  at: string;
  note?: string;
  read: boolean;
}

export class StaffInbox {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Add the entry for a unit/centre notification and count it unread (once, however often it is delivered). */
  async add(n: Notification): Promise<void> {
    const pk = boxOf(n);
    const sk = `E#${new Date(n.at).toISOString()}#${n.matterId}#${String(n.version).padStart(6, '0')}`;
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { pk, sk, entity: 'inbox', matterId: n.matterId, trackingNo: n.trackingNo, type: n.type, at: n.at, ...(n.note ? { note: n.note.slice(0, 200) } : {}) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Update: { TableName: this.table, Key: { pk, sk: 'UNREAD' }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
          ],
        }),
      );
    } catch (e) {
      if (!cancelledByCondition(e)) throw e; // already in the inbox
    }
  }

  /** GET /v1/work/inbox: newest first, with the unread count. */
  async list(actor: Actor, limit = 50): Promise<{ unread: number; items: InboxEntry[] }> {
    const pk = boxFor(actor);
    const [entries, counter] = await Promise.all([
      this.db.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p AND begins_with(sk, :e)', ExpressionAttributeValues: { ':p': pk, ':e': 'E#' }, ScanIndexForward: false, Limit: limit })),
      this.db.send(new QueryCommand({ TableName: this.table, KeyConditionExpression: 'pk = :p AND sk = :u', ExpressionAttributeValues: { ':p': pk, ':u': 'UNREAD' } })),
    ]);
    return {
      unread: Math.max(0, Number(counter.Items?.[0]?.n ?? 0)),
      items: (entries.Items ?? []).map((i) => ({
        key: String(i.sk).slice(2),
        matterId: i.matterId,
        trackingNo: i.trackingNo,
        type: i.type,
        at: i.at,
        ...(i.note ? { note: i.note } : {}),
        read: !!i.readAt,
      })),
    };
  }

  /** POST /v1/work/inbox/read {key}: mark one entry read (idempotent: a second mark changes nothing). */
  async markRead(actor: Actor, body: unknown, now: number): Promise<{ unread: number }> {
    const key = (body as { key?: unknown })?.key;
    if (typeof key !== 'string' || !/^[0-9TZ:.-]+#[A-Za-z0-9_-]+#\d{6}$/.test(key)) {
      throw new DomainError('VALIDATION_FAILED', '请指定要标为已读的消息', [{ field: 'key', message: '无效' }]);
    }
    const pk = boxFor(actor);
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: { pk, sk: `E#${key}` },
                UpdateExpression: 'SET readAt = :at',
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
                ExpressionAttributeValues: { ':at': new Date(now).toISOString() },
              },
            },
            { Update: { TableName: this.table, Key: { pk, sk: 'UNREAD' }, UpdateExpression: 'ADD n :minus', ExpressionAttributeValues: { ':minus': -1 } } },
          ],
        }),
      );
    } catch (e) {
      if (!cancelledByCondition(e)) throw e;
    }
    return { unread: (await this.list(actor, 1)).unread };
  }
}
