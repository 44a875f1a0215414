/**
 * Notification benchmark (`npm run bench:notify`, not part of npm test): N queued notifications (default 10,000;
 * 90% WeChat citizens, 10% telephone callers by SMS) committed to DynamoDB Local, delivered through the stream path
 * (scripts/lib/stream-local.js → functions/notify/stream.ts, Lambda-sized batches of 100) to the loopback fakes.
 *
 *   npm run bench:notify                 # N = 10000
 *   npm run bench:notify -- --n 2000
 *
 * Prints: messages per second per invocation (and an in-process baseline with a channel that sends nothing, which
 * separates our cost from the fakes' HTTP), DynamoDB capacity per message, stable_token fetches, and the delay from
 * each item's commit to its message reaching the fake (median, p99) — for the burst, and for a paced phase.
 */
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readNotifyConfig } from '../../functions/notify/config';
import { createNotifier } from '../../functions/notify/notifier';
import type { Channel } from '../../functions/notify/router';
import { deliverStreamBatch } from '../../functions/notify/stream';
import { createLocalCipher } from '../../functions/privacy/pii';
import { keys, OUTBOX_SHARDS, outboxPk, shardOf } from '../../functions/store/keys';

const repoRequire = createRequire(join(process.cwd(), 'scripts', 'bench', 'notify.ts'));
const { startDynamoLocal, localClient, freePort } = repoRequire('../lib/dynamo-local');
const { ensureTable } = repoRequire('../lib/table');
const { startFakeWeChat } = repoRequire('../lib/fake-wechat');
const { startFakeSms } = repoRequire('../lib/fake-sms');
const { startStreamReader } = repoRequire('../lib/stream-local');

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = Number(arg('n') ?? 10_000);
const PACED = Math.min(300, N);
const PACE_PER_S = 20;
const cipher = createLocalCipher('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f');
const pct = (xs: number[], p: number) => xs.slice().sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;

/** Capacity consumed by every call on this client (ReturnConsumedCapacity on each request). */
function meterCapacity(client: DynamoDBClient) {
  const m = { units: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const r = await next(args);
      const cc = (r.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> }).ConsumedCapacity;
      for (const c of Array.isArray(cc) ? cc : cc ? [cc] : []) m.units += c.CapacityUnits ?? 0;
      return r;
    },
    { step: 'initialize', name: 'meterCapacity' },
  );
  return m;
}

function items(prefix: string, n: number, at: string) {
  const out: Array<Record<string, unknown>> = [];
  for (let i = 0; i < n; i++) {
    const id = `${prefix}-${i}`;
    const tracking = `GZ${prefix.toUpperCase()}${String(i).padStart(6, '0')}`;
    const phone = i % 10 === 9;
    if (phone) out.push({ ...keys.matter(id), entity: 'matter', id, pii: cipher.seal({ name: null, phone: `138${String(i).padStart(8, '0')}` }) });
    out.push({
      ...keys.outbox(id, 1, 'citizen'),
      entity: 'outbox',
      audience: 'citizen',
      recipient: phone ? null : `o-bench-${i}`,
      matterId: id,
      trackingNo: tracking,
      version: 1,
      type: 'submitted',
      at,
      attempts: 0,
      gsi3pk: outboxPk(shardOf(`${id}#1`, OUTBOX_SHARDS)),
      gsi3sk: `${at}#${id}#1#citizen`,
    });
  }
  return out;
}

async function main() {
  const dynamo = await startDynamoLocal({ port: await freePort(), inMemory: true });
  const [wx, sms] = await Promise.all([startFakeWeChat(), startFakeSms()]);
  const table = 'bench-notify';
  const raw: DynamoDBClient = localClient(dynamo.endpoint);
  await ensureTable(raw, table);
  const meter = meterCapacity(raw);
  const db = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  const writer = DynamoDBDocumentClient.from(localClient(dynamo.endpoint), { marshallOptions: { removeUndefinedValues: true } });
  const notifier = createNotifier({ db, table, cipher, config: readNotifyConfig({ WECHAT_API_BASE: wx.base, SMS_ENDPOINT: sms.base }, 'test', true) });

  const committedAt = new Map<string, number>();
  const invocations: Array<{ sent: number; ms: number }> = [];
  let channel: Channel = notifier.channel;
  const reader = await startStreamReader({
    endpoint: dynamo.endpoint,
    table,
    pollMs: 50,
    onRecords: async (records: unknown[]) => {
      for (let i = 0; i < records.length; i += 100) {
        const t = performance.now();
        const r = await deliverStreamBatch(db, table, channel, records.slice(i, i + 100) as never, Date.now());
        if (r.itemsRead) invocations.push({ sent: r.sent, ms: performance.now() - t });
      }
    },
  });

  async function commit(batch: Array<Record<string, unknown>>) {
    for (let i = 0; i < batch.length; i += 25) {
      const chunk = batch.slice(i, i + 25);
      await writer.send(new BatchWriteCommand({ RequestItems: { [table]: chunk.map((Item) => ({ PutRequest: { Item } })) } }));
      const now = Date.now();
      for (const it of chunk) if (it.entity === 'outbox') committedAt.set(it.trackingNo as string, now);
    }
  }
  const sentCount = () => wx.state.sent.length + sms.state.sent.length;
  async function drain(target: number) {
    while (sentCount() < target) await reader.idle();
  }
  const delays = (from: number) => {
    const out: number[] = [];
    for (const s of wx.state.sent.slice(from)) out.push(Date.parse(s.at) - committedAt.get(s.data.character_string1.value)!);
    return out;
  };

  // Phase 1: burst of N.
  const t0 = performance.now();
  await commit(items('b', N, new Date().toISOString()));
  const committedMs = performance.now() - t0;
  await drain(N);
  const burstMs = performance.now() - t0;
  const burstDelays = [...delays(0), ...sms.state.sent.map((s: { at: string; params: string[] }) => Date.parse(s.at) - committedAt.get(s.params[0])!)];
  const burstWx = wx.state.sent.length;
  const burstSms = sms.state.sent.length;
  const burstFetches = wx.state.tokenFetches;
  const capacity = meter.units;
  const perInvocation = invocations.reduce((s, i) => s + i.sent, 0) / (invocations.reduce((s, i) => s + i.ms, 0) / 1000);

  // Phase 2: paced, PACE_PER_S per second (what a steady day looks like): commit-to-send delay without a backlog.
  const wxBefore = wx.state.sent.length;
  const paced = items('p', PACED, new Date().toISOString()).filter((it) => it.entity === 'outbox' && it.recipient);
  const start = Date.now();
  for (let i = 0; i < paced.length; i += 10) {
    await commit(paced.slice(i, i + 10));
    const wait = start + ((i + 10) / PACE_PER_S) * 1000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  await drain(N + paced.length);
  const pacedDelays = delays(wxBefore);

  // Baseline: the same stream path with a channel that sends nothing (our own cost: claim + mark, no HTTP).
  channel = { send: async () => 'baseline' };
  const before = invocations.length;
  const base = items('z', 2000, new Date().toISOString());
  await commit(base);
  const baseTarget = base.filter((i) => i.entity === 'outbox').length;
  while (invocations.slice(before).reduce((s, i) => s + i.sent, 0) < baseTarget) await reader.idle();
  const baseInv = invocations.slice(before);
  const basePerInvocation = baseInv.reduce((s, i) => s + i.sent, 0) / (baseInv.reduce((s, i) => s + i.ms, 0) / 1000);

  console.log(`\nnotification benchmark — ${N} queued (90% WeChat, 10% SMS), Lambda-sized stream batches of 100, 8 sends in flight`);
  console.log(`  committed in ${(committedMs / 1000).toFixed(1)} s; all delivered ${(burstMs / 1000).toFixed(1)} s after the first commit`);
  console.log(`  messages/s per invocation   ${perInvocation.toFixed(0)}   (baseline without HTTP: ${basePerInvocation.toFixed(0)})`);
  console.log(`  DynamoDB capacity/message   ${(capacity / N).toFixed(2)} units (claim, mark, token item; SMS: + matter read)`);
  console.log(`  stable_token fetches        ${burstFetches} for ${burstWx} subscribe messages (${wx.state.tokenFetches} after the paced phase)`);
  console.log(`  commit → sent, burst        median ${pct(burstDelays, 50)} ms, p99 ${pct(burstDelays, 99)} ms`);
  console.log(`  commit → sent, ${PACE_PER_S}/s paced  median ${pct(pacedDelays, 50)} ms, p99 ${pct(pacedDelays, 99)} ms (${pacedDelays.length} messages)`);
  console.log(`  SMS sent (burst)            ${burstSms}`);

  await reader.stop();
  await Promise.all([wx.close(), sms.close()]);
  raw.destroy();
  await dynamo.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
