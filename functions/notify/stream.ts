/**
 * Outbox delivery from the table's stream (serverless.yml `notify` function): every INSERT of an outbox item is
 * delivered within seconds of the transaction that wrote it. Items that fail stay in the unsent index with a retry
 * time; the sweep's pass (functions/scheduled/sweepRunner.ts) delivers those and anything this path missed.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { isUnsentOutbox } from '../store/keys';
import type { Channel } from './router';
import { deliverItem, type SendReport } from './sender';

/** The outbox items a batch of stream records inserted (serverless.yml filters the same way; this is the backstop). */
export function insertedOutboxItems(records: DynamoDBRecord[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const r of records) {
    const image = r.dynamodb?.NewImage;
    if (r.eventName !== 'INSERT' || !image) continue;
    const item = unmarshall(image as Record<string, AttributeValue>);
    if (isUnsentOutbox(item)) out.push(item);
  }
  return out;
}

export async function deliverStreamBatch(db: DynamoDBDocumentClient, table: string, channel: Channel, records: DynamoDBRecord[], now: number, concurrency = 8): Promise<SendReport> {
  const items = insertedOutboxItems(records);
  const report: SendReport = { sent: 0, failed: 0, undeliverable: 0, skipped: 0, itemsRead: items.length };
  for (let i = 0; i < items.length; i += concurrency) {
    const outcomes = await Promise.all(items.slice(i, i + concurrency).map((item) => deliverItem(db, table, channel, item as { pk: string; sk: string }, now)));
    for (const o of outcomes) report[o] += 1;
  }
  return report;
}
