/**
 * DynamoDB Streams trigger for the notification outbox (serverless.yml `notify`). Thin: the channel settings are
 * read and validated at cold start (a bad template or provider setting fails here, not at the first send); the
 * delivery code (notifier, channels, the stream pass in functions/notify/stream.ts) loads with the first batch
 * (issue 17: the module load stays close to the bare DynamoDB client's).
 */
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { config } from '../lib/config';
import { ddb } from '../lib/dynamo';
import { logger } from '../lib/logger';
import { readNotifyConfig } from '../notify/config';
import { createLocalCipher } from '../privacy/pii';

// Only what delivery needs (the table, the PII key, the channels), not the API's app: a smaller bundle, a faster cold start.
const { env: e } = config();
const table = e.tableName;
const settings = { db: ddb, table, cipher: createLocalCipher(e.piiKey), config: readNotifyConfig(process.env, e.stage, e.isLocal) };

let delivery: Promise<{ notifier: import('../notify/notifier').Notifier; deliver: typeof import('../notify/stream').deliverStreamBatch }> | undefined;
const loadDelivery = () =>
  (delivery ??= Promise.all([import('../notify/notifier'), import('../notify/stream')])
    .then(([{ createNotifier }, { deliverStreamBatch }]) => ({ notifier: createNotifier(settings), deliver: deliverStreamBatch }))
    .catch((err: unknown) => {
      delivery = undefined; // retried by the next batch
      throw err;
    }));

export async function handler(event: DynamoDBStreamEvent, context?: Pick<Context, 'awsRequestId'>) {
  // The delivery time is the invocation's: claims and retry times are measured from it.
  const now = Date.now();
  const { notifier, deliver } = await loadDelivery();
  const report = await deliver(ddb, table, notifier.channel, event.Records ?? [], now);
  logger.child({ fn: 'notify', requestId: context?.awsRequestId }).info({ ...report, tokenFetches: notifier.tokenFetches() }, 'outbox batch delivered');
  return report;
}
