/**
 * The staff inbox (消息): what `shared/domain/notifications.ts` sends to a unit or the centre — new dispatches, return
 * decisions, rejected replies, urges and supervision, appeals and termination requests — as entries they can read,
 * with an unread count. The sender writes an entry when it delivers a unit/centre outbox item; the entry is keyed by
 * (matter, version), so a repeated delivery writes nothing twice and counts nothing twice.
 *
 *   pk INBOX#unit#<unitId> | INBOX#center | INBOX#supervision_office
 *   sk E#<at>#<matterId>#<version>   one entry          sk UNREAD   the unread counter (n)
 */
import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DomainError } from '../../shared/domain/errors';
import type { Notification } from '../../shared/domain/notifications';
import type { Actor } from '../../shared/domain/types';
import { inboxKeys } from '../store/keys';

const boxFor = (actor: Actor) => {
  if (actor.role === 'unit' && actor.unitId) return inboxKeys.box('unit', actor.unitId);
  if (actor.role === 'center') return inboxKeys.box('center', null);
  throw new DomainError('FORBIDDEN', '只有热线工作机构和承办单位有消息');
};
const cancelledByCondition = (e: unknown) => (e as { name?: string }).name === 'TransactionCanceledException' || (e as { name?: string }).name === 'ConditionalCheckFailedException';

import type { InboxEntry } from '../../shared/views/inbox';

export type { InboxEntry };

export class StaffInbox {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Add the entry for a unit/centre notification and count it unread (once, however often it is delivered). */
  async add(n: Notification): Promise<void> {
    const box = inboxKeys.box(n.audience, n.recipient);
    const entry = inboxKeys.entry(box, inboxKeys.entryKey(n.at, n.matterId, n.version));
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.table,
                Item: { ...entry, entity: 'inbox', matterId: n.matterId, trackingNo: n.trackingNo, type: n.type, at: n.at, ...(n.note ? { note: n.note.slice(0, 200) } : {}) },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Update: { TableName: this.table, Key: inboxKeys.unread(box), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } } },
          ],
        }),
      );
    } catch (e) {
      if (!cancelledByCondition(e)) throw e; // already in the inbox
    }
  }

  /** GET /v1/work/inbox: newest first, with the unread count. */
  async list(actor: Actor, limit = 50): Promise<{ unread: number; items: InboxEntry[] }> {
    const box = boxFor(actor);
    const [entries, counter] = await Promise.all([
      this.db.send(new QueryCommand({ TableName: this.table, ...inboxKeys.entries(box), ScanIndexForward: false, Limit: limit })),
      this.db.send(new GetCommand({ TableName: this.table, Key: inboxKeys.unread(box) })),
    ]);
    return {
      unread: Math.max(0, Number(counter.Item?.n ?? 0)),
      items: (entries.Items ?? []).map((i) => ({
        key: inboxKeys.keyOfEntry(String(i.sk)),
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
    if (typeof key !== 'string' || !inboxKeys.isEntryKey(key)) {
      throw new DomainError('VALIDATION_FAILED', '请指定要标为已读的消息', [{ field: 'key', message: '无效' }]);
    }
    const box = boxFor(actor);
    try {
      await this.db.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: this.table,
                Key: inboxKeys.entry(box, key),
                UpdateExpression: 'SET readAt = :at',
                ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(readAt)',
                ExpressionAttributeValues: { ':at': new Date(now).toISOString() },
              },
            },
            { Update: { TableName: this.table, Key: inboxKeys.unread(box), UpdateExpression: 'ADD n :minus', ExpressionAttributeValues: { ':minus': -1 } } },
          ],
        }),
      );
    } catch (e) {
      if (!cancelledByCondition(e)) throw e;
    }
    return { unread: (await this.list(actor, 1)).unread };
  }
}
