/**
 * DynamoDB Streams trigger for the notification outbox (serverless.yml `notify`). Thin: the channel settings are
 * read and validated at cold start (a bad template or provider setting fails here, not at the first send), the work
 * is functions/notify/stream.ts.
 */
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { logger } from '../lib/logger';
import { readNotifyConfig } from '../notify/config';
import { createNotifier } from '../notify/notifier';
import { deliverStreamBatch } from '../notify/stream';
import { createLocalCipher } from '../privacy/pii';

// Only what delivery needs (the table, the PII key, the channels), not the API's app: a smaller bundle, a faster cold start.
const { env: e } = config();
const table = e.tableName;
const notifier = createNotifier({ db: ddb, table, cipher: createLocalCipher(e.piiKey), config: readNotifyConfig(process.env, e.stage, e.isLocal) });

export async function handler(event: DynamoDBStreamEvent, context?: Pick<Context, 'awsRequestId'>) {
  // The delivery time is the invocation's: claims and retry times are measured from it.
  const now = Date.now();
  const report = await deliverStreamBatch(ddb, table, notifier.channel, event.Records ?? [], now);
  logger.child({ fn: 'notify', requestId: context?.awsRequestId }).info({ ...report, tokenFetches: notifier.tokenFetches() }, 'outbox batch delivered');
  return report;
}
