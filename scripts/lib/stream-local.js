/**
 * A reader of DynamoDB Local's stream for the table, standing in for Lambda's stream trigger (serverless.yml
 * `notify`): it polls every shard and hands each batch of records, in the Lambda event's record shape, to
 * `onRecords`. `npm start` forwards batches to the notify function on serverless-offline; tests call the handler's
 * code in-process. Shards that exist when it starts are read from LATEST, shards that appear later from their start.
 */
'use strict';

const { DynamoDBClient, DescribeTableCommand } = require('@aws-sdk/client-dynamodb');
const { DynamoDBStreamsClient, DescribeStreamCommand, GetShardIteratorCommand, GetRecordsCommand } = require('@aws-sdk/client-dynamodb-streams');

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };

/**
 * @param {{endpoint: string, table: string, onRecords: (records: any[]) => Promise<void>, pollMs?: number,
 *   onError?: (err: Error) => void}} o
 * @returns {Promise<{stop: () => Promise<void>, idle: () => Promise<void>}>}
 */
async function startStreamReader(o) {
  const db = new DynamoDBClient({ endpoint: o.endpoint, region: 'local', credentials });
  const streams = new DynamoDBStreamsClient({ endpoint: o.endpoint, region: 'local', credentials });
  const pollMs = o.pollMs ?? 100;
  const t = await db.send(new DescribeTableCommand({ TableName: o.table }));
  const streamArn = t.Table?.LatestStreamArn;
  if (!streamArn) throw new Error(`table ${o.table} has no stream (serverless.yml StreamSpecification)`);
  /** shardId → iterator (null once the shard is closed and read to its end) */
  const iterators = new Map();
  let stopped = false;
  let first = true;

  async function discover() {
    const d = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const s of d.StreamDescription?.Shards ?? []) {
      if (iterators.has(s.ShardId)) continue;
      const type = first ? 'LATEST' : 'TRIM_HORIZON';
      const it = await streams.send(new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: s.ShardId, ShardIteratorType: type }));
      iterators.set(s.ShardId, it.ShardIterator ?? null);
    }
    first = false;
  }

  // Polls run one at a time (the loop's and idle()'s), so no shard iterator is used twice.
  let chain = Promise.resolve();
  const poll = () => (chain = chain.catch(() => {}).then(pollOnce));
  async function pollOnce() {
    await discover();
    for (const [shardId, iterator] of iterators) {
      if (!iterator) continue;
      const r = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 1000 }));
      iterators.set(shardId, r.NextShardIterator ?? null);
      if (r.Records?.length) await o.onRecords(r.Records);
    }
  }
  await discover();
  const loop = (async () => {
    while (!stopped) {
      await poll().catch((err) => {
        o.onError?.(err);
      });
      await new Promise((res) => setTimeout(res, pollMs));
    }
  })();
  return {
    /** Resolves after one complete poll that started after this call (tests: "the stream has been read"). */
    idle: () => poll(),
    async stop() {
      stopped = true;
      await loop;
      db.destroy();
      streams.destroy();
    },
  };
}

module.exports = { startStreamReader };
