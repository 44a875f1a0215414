/**
 * DynamoDB Streams trigger for the notification outbox (serverless.yml `notify`). Thin: the channel settings are
 * read and validated at cold start (a bad template or provider setting fails here, not at the first send), the work
 * is functions/notify/stream.ts.
 */
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { appFromEnv } from '../api/app';
import { env } from '../lib/env';
import { logger } from '../lib/logger';
import { readNotifyConfig } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { deliverStreamBatch } from '../notify/stream';

const e = env();
const app = appFromEnv();
const notifier = createNotifier({ db: app.db, table: app.config.table, cipher: app.cipher, config: readNotifyConfig(process.env, e.stage, e.isLocal) });

export async function handler(event: DynamoDBStreamEvent, context?: Pick<Context, 'awsRequestId'>) {
  // The delivery time is the invocation's: claims and retry times are measured from it.
  const now = Date.now();
  const report = await deliverStreamBatch(app.db, app.config.table, notifier.channel, event.Records ?? [], now);
  logger.child({ fn: 'notify', requestId: context?.awsRequestId }).info({ ...report, tokenFetches: notifier.tokenFetches() }, 'outbox batch delivered');
  return report;
}
