/**
 * Sweep benchmark (`npm run bench:sweep`, not part of npm test): loads N matters into DynamoDB Local with a given
 * fraction due, runs the real sweep, and compares its reads with a naive full-table Scan sweep over the same data.
 *
 *   npm run bench:sweep                       # N = 10000 and 100000, 1% due
 *   npm run bench:sweep -- --n 2000 --due 0.05
 *
 * Prints, per N: items read, read capacity consumed, items due, read/due, wall time — for both.
 * Targets (issue "Scheduled sweep"): read/due ≤ 1.2 at every N; ≥ 50× less read capacity than the Scan at N = 100k.
 */
import { BatchWriteCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadDefaultCalendar } from '../../functions/lib/config';
import { createMatter, decide, nextDueAt, type Ctx } from '../../shared/domain/stateMachine';
import type { Matter } from '../../shared/domain/types';
import { getPolicy } from '../../shared/policy';
import { MatterStore } from '../../functions/store/matterStore';
import { sweep } from '../../functions/sweep/sweep';

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DynamoDBDocumentClient as DocClient } from '@aws-sdk/lib-dynamodb';

// The local-stack helpers are plain CommonJS that find files relative to themselves: load them from the repo at run
// time rather than bundling them (this file is bundled by esbuild into .build/).
const repoRequire = createRequire(join(process.cwd(), 'scripts', 'bench', 'sweep.ts'));
const { startDynamoLocal, localClient } = repoRequire('../lib/dynamo-local');
const { ensureTable } = repoRequire('../lib/table');

const policy = getPolicy('guangzhou');
const calendar = loadDefaultCalendar({});
const ctx = (now: number): Ctx => ({ now, policy, calendar });
const T0 = Date.parse('2026-11-02T10:00:00+08:00');
const SWEEP_AT = Date.parse('2026-11-17T00:05:00+08:00'); // after the 11-16 deadline of matters dispatched on T0

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** An in-progress matter dispatched at `dispatchAt`: due at SWEEP_AT iff its deadline has passed by then. */
function template(dispatchAt: number): Matter {
  let m = createMatter(
    { id: 'tpl', trackingNo: 'GZ0000000000', channel: 'wechat', category: 'complaint', content: '小区门口的路灯坏了一个多月，晚上很黑，老人出行不方便，请尽快修复。', district: '天河区', confidential: false, ownerOpenid: 'o-bench' },
    { role: 'citizen', openid: 'o-bench' },
    ctx(dispatchAt - 3600_000),
  ).matter;
  m = decide(m, { type: 'dispatch', leadUnitId: 'u-roads' }, { role: 'center' }, ctx(dispatchAt)).matter;
  m = decide(m, { type: 'accept' }, { role: 'unit', unitId: 'u-roads' }, ctx(dispatchAt + 3600_000)).matter;
  return m;
}

async function load(db: DynamoDBDocumentClient, store: MatterStore, table: string, n: number, dueFraction: number) {
  const due = template(T0); // deadline 11-16: escalates at SWEEP_AT
  const notDue = template(Date.parse('2026-11-16T10:00:00+08:00')); // warning not before 11-27
  const dueEvery = Math.round(1 / dueFraction);
  let written = 0;
  const batches: Array<Record<string, unknown>[]> = [];
  let batch: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const base = i % dueEvery === 0 ? due : notDue;
    const m: Matter = { ...base, id: `bench-${n}-${i}`, trackingNo: `GZ2611${String(i).padStart(6, '0')}`, ownerOpenid: `o-${i % 5000}` };
    batch.push(store.matterItem(m, {}));
    if (batch.length === 25) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length) batches.push(batch);
  const CONCURRENCY = 16;
  for (let i = 0; i < batches.length; i += CONCURRENCY) {
    await Promise.all(
      batches.slice(i, i + CONCURRENCY).map(async (items) => {
        let pending: Record<string, unknown>[] = items.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length) {
          const r = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
          pending = (r.UnprocessedItems?.[table] as Record<string, unknown>[]) ?? [];
        }
        written += items.length;
      }),
    );
    if (i % (CONCURRENCY * 40) === 0) process.stderr.write(`\r  loading ${written}/${n}`);
  }
  process.stderr.write(`\r  loaded ${written} matters (${Math.ceil(n / dueEvery)} due)\n`);
}

/** The baseline: read every item of the table and keep those whose due time has passed. */
async function scanSweep(db: DynamoDBDocumentClient, table: string, now: number) {
  const started = process.hrtime.bigint();
  let itemsRead = 0;
  let capacity = 0;
  let due = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const r = await db.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ReturnConsumedCapacity: 'TOTAL' }));
    itemsRead += r.ScannedCount ?? 0;
    capacity += r.ConsumedCapacity?.CapacityUnits ?? 0;
    for (const it of r.Items ?? []) {
      if (it.sk !== 'M') continue;
      const next = nextDueAt(it as Matter, ctx(now));
      if (next !== null && next < now) due += 1;
    }
    start = r.LastEvaluatedKey;
  } while (start);
  return { itemsRead, capacity, due, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function benchOne(endpoint: string, n: number, dueFraction: number) {
  const raw = localClient(endpoint);
  const db: DynamoDBDocumentClient = DocClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  const table = `bench-sweep-${n}-${process.pid}`;
  await ensureTable(raw, table);
  const store = new MatterStore(db, table, (m) => nextDueAt(m, { policy, calendar }));
  await load(db, store, table, n, dueFraction);

  const scan = await scanSweep(db, table, SWEEP_AT);
  const started = process.hrtime.bigint();
  const report = await sweep({ db, table, store, ctx }, SWEEP_AT, { pageSize: 100, concurrency: 8 });
  const sweepMs = Number(process.hrtime.bigint() - started) / 1e6;
  // A second run over the same due set must do nothing: idempotence at scale.
  const again = await sweep({ db, table, store, ctx }, SWEEP_AT);
  return { n, scan, report, sweepMs, again };
}

async function main() {
  const ns = arg('n') ? [Number(arg('n'))] : [10_000, 100_000];
  const dueFraction = Number(arg('due') ?? '0.01');
  const local = await startDynamoLocal({});
  const rows: string[] = [];
  try {
    for (const n of ns) {
      process.stderr.write(`N = ${n}\n`);
      const r = await benchOne(local.endpoint, n, dueFraction);
      const ratio = r.report.itemsRead / Math.max(1, r.report.due);
      const capRatio = r.scan.capacity / Math.max(1e-9, r.report.readCapacity);
      rows.push(
        [
          `N=${n} due=${r.report.due} (${(dueFraction * 100).toFixed(1)}%)`,
          `  sweep: items read ${r.report.itemsRead}, read capacity ${r.report.readCapacity.toFixed(1)} RCU, read/due ${ratio.toFixed(3)}, ` +
            `applied ${r.report.applied}, events ${r.report.events}, wall ${r.sweepMs.toFixed(0)} ms`,
          `  scan baseline: items read ${r.scan.itemsRead}, read capacity ${r.scan.capacity.toFixed(1)} RCU, read/due ${(r.scan.itemsRead / Math.max(1, r.scan.due)).toFixed(1)}, wall ${r.scan.ms.toFixed(0)} ms`,
          `  capacity: sweep uses ${capRatio.toFixed(1)}× less than the scan; second run: due ${r.again.due}, events ${r.again.events}`,
          `  targets: read/due ≤ 1.2 ${ratio <= 1.2 ? 'MET' : 'MISSED'}` + (n >= 100_000 ? `; ≥ 50× less capacity ${capRatio >= 50 ? 'MET' : 'MISSED'}` : ''),
        ].join('\n'),
      );
    }
  } finally {
    await local.stop();
  }
  console.log(rows.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
