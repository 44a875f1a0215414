/**
 * Outbox sender. Notifications are written in the same transaction as the events they announce
 * (store/matterStore.ts); this delivers the unsent ones and marks each sent. A failed send stays in the outbox with
 * a later retry time (exponential backoff), so nothing is lost; after MAX_ATTEMPTS it is parked for the centre
 * (`failed`), still never deleted.
 */
import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { EVENT_LABELS, STATUS_LABELS } from '../../shared/domain/labels';
import type { Notification } from '../../shared/domain/notifications';
import { OUTBOX_SHARDS, outboxPk } from '../store/keys';

/** A WeChat subscribe message (订阅消息) as the platform expects it. */
export interface SubscribeMessage {
  touser: string;
  template: string;
  page: string;
  data: Record<string, { value: string }>;
}

export interface Channel {
  /** Deliver or throw. Returns a short description of what was sent (kept on the outbox item). */
  send(n: Notification): Promise<string>;
}

const MAX_ATTEMPTS = 8;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The subscribe message for a citizen notification: tracking number, what happened, and the new deadline if any. */
export function subscribeMessage(n: Notification): SubscribeMessage {
  const deadline = (n.data?.handleBy as { at?: string } | undefined)?.at;
  return {
    touser: n.recipient ?? '',
    template: 'matter_progress',
    page: `pages/matter/index?id=${n.matterId}`,
    data: {
      character_string1: { value: n.trackingNo },
      thing2: { value: clip(EVENT_LABELS[n.type], 20) },
      thing3: { value: clip(n.note ?? (deadline ? `新的办理期限：${deadline.slice(0, 10)}` : STATUS_LABELS.in_progress), 20) },
      time4: { value: n.at.slice(0, 16).replace('T', ' ') },
    },
  };
}

/** Local and test stages: record what would be sent, on the outbox item itself. */
export const recordingChannel: Channel = {
  async send(n) {
    return n.audience === 'citizen' ? `recorded subscribe message ${JSON.stringify(subscribeMessage(n))}` : `recorded ${n.audience} alert`;
  },
};

export interface SendReport {
  sent: number;
  failed: number;
  itemsRead: number;
}

export async function deliverOutbox(
  db: DynamoDBDocumentClient,
  table: string,
  channel: Channel,
  now: number,
  opts: { limit?: number } = {},
): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, itemsRead: 0 };
  const upper = `${new Date(now).toISOString()}#\uffff`;
  for (let shard = 0; shard < OUTBOX_SHARDS; shard++) {
    const r = await db.send(
      new QueryCommand({
        TableName: table,
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :p AND gsi3sk <= :now',
        ExpressionAttributeValues: { ':p': outboxPk(shard), ':now': upper },
        Limit: opts.limit ?? 100,
      }),
    );
    for (const item of r.Items ?? []) {
      report.itemsRead += 1;
      const key = { pk: item.pk as string, sk: item.sk as string };
      const attempts = Number(item.attempts ?? 0) + 1;
      try {
        const result = await channel.send(item as unknown as Notification);
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: key,
            // Removing gsi3pk/gsi3sk takes the item out of the unsent index; the item itself stays as the record.
            // `result` is a DynamoDB reserved word: name it through #r.
            UpdateExpression: 'SET sentAt = :at, attempts = :a, #r = :r REMOVE gsi3pk, gsi3sk',
            ConditionExpression: 'attribute_exists(gsi3pk)',
            ExpressionAttributeNames: { '#r': 'result' },
            ExpressionAttributeValues: { ':at': new Date(now).toISOString(), ':a': attempts, ':r': clip(result, 1000) },
          }),
        ).catch((e) => {
          if ((e as { name?: string }).name !== 'ConditionalCheckFailedException') throw e; // sent by a concurrent run
        });
        report.sent += 1;
      } catch (e) {
        report.failed += 1;
        const retryAt = now + Math.min(2 ** attempts, 720) * 60_000;
        const parked = attempts >= MAX_ATTEMPTS;
        await db.send(
          new UpdateCommand({
            TableName: table,
            Key: key,
            UpdateExpression: parked
              ? 'SET attempts = :a, lastError = :e, failedAt = :at REMOVE gsi3pk, gsi3sk'
              : 'SET attempts = :a, lastError = :e, gsi3sk = :sk',
            ExpressionAttributeValues: {
              ':a': attempts,
              ':e': clip(String((e as Error)?.message ?? e), 300),
              ...(parked ? { ':at': new Date(now).toISOString() } : { ':sk': `${new Date(retryAt).toISOString()}#${item.matterId}#${item.version}#${item.audience}` }),
            },
          }),
        );
      }
    }
  }
  return report;
}
