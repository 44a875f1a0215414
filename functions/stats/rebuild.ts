/**
 * Rebuild the statistics from the timelines (operators): after a bug fix in the counting rules, to check that the
 * live counters agree with the events, or to fill a fresh table. Replays every matter's events through the same
 * functions the live path uses (shared/stats/facts.ts), so a rebuild of unchanged data gives the same figures.
 *
 * Reads every matter through the centre queue index (gsi4, one Query per status: no Scan) and each timeline with one
 * Query. With `into` the counters go to another table (compare, then switch); without it, `replace: true` first
 * deletes the existing counter items of the table — run that while no commands are written (the live path ADDs to the
 * same items). Surge records are decisions already taken (supervision opened) and are kept.
 *
 * The frozen facts on events (onTime, levels, ratings) are replayed as they are; the working days to reply are
 * recounted with the calendar loaded now, so they differ from the live counters only if a past year's official
 * calendar data changed in between.
 *
 *   npx esbuild functions/stats/rebuild.ts --bundle --platform=node --target=node20 --outfile=.build/rebuild.js
 *   TABLE_NAME=hotline-12345-prod node .build/rebuild.js --into hotline-12345-prod-rebuilt   # or --replace
 */
import { BatchWriteCommand, QueryCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import { STATUSES, type Matter, type TimelineEvent } from '../../shared/domain/types';
import { EMPTY_TRAIL, eventsDelta, gaugesOf, type StatsDelta } from '../../shared/stats/facts';
import { isoWeekOf } from '../../shared/stats/periods';
import { shanghaiDay } from '../../shared/calendar';
import { toMatter } from '../store/matterStore';
import { hotspotPk, scopePk, GAUGE_PK, statsKeys, statsShard } from './keys';

type Item = Record<string, NativeAttributeValue>;

export interface RebuildOptions {
  db: DynamoDBDocumentClient;
  table: string;
  calendar: WorkCalendar;
  /** Write the counters into this table instead (it must exist, with the same key schema). */
  into?: { db: DynamoDBDocumentClient; table: string };
  /** Delete the table's existing counter items before writing (ignored with `into`). */
  replace?: boolean;
}

export interface RebuildReport {
  matters: number;
  events: number;
  itemsWritten: number;
  itemsDeleted: number;
}

async function queryAll(db: DynamoDBDocumentClient, input: ConstructorParameters<typeof QueryCommand>[0]): Promise<Item[]> {
  const out: Item[] = [];
  let start: Item | undefined;
  do {
    const r = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    out.push(...((r.Items ?? []) as Item[]));
    start = r.LastEvaluatedKey;
  } while (start);
  return out;
}

async function batchWrite(db: DynamoDBDocumentClient, table: string, requests: Item[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 25) {
    let pending = requests.slice(i, i + 25);
    for (let attempt = 0; pending.length; attempt++) {
      const r = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending } }));
      pending = (r.UnprocessedItems?.[table] ?? []) as Item[];
      if (pending.length) {
        if (attempt > 8) throw new Error('rebuild: DynamoDB keeps leaving items unprocessed; try again later');
        await new Promise((res) => setTimeout(res, 50 * 2 ** attempt));
      }
    }
  }
}

/** The counter items a set of matters adds up to: key → full item (the same keys and shards as the live path). */
export function countersOf(matters: Array<{ matter: Matter; events: TimelineEvent[] }>, calendar: WorkCalendar): Map<string, Item> {
  const items = new Map<string, Item>();
  const add = (key: { pk: string; sk: string }, labels: Item, deltas: Record<string, number | undefined>) => {
    const id = `${key.pk}|${key.sk}`;
    const cur = items.get(id) ?? { ...key, entity: 'stats', ...Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== null)) };
    for (const [k, v] of Object.entries(deltas)) if (v) cur[k] = ((cur[k] as number) ?? 0) + v;
    items.set(id, cur);
  };
  for (const { matter, events } of matters) {
    const shard = statsShard(matter.id);
    const { days, hotspots } = eventsDelta(EMPTY_TRAIL, events, matter, calendar);
    const delta: StatsDelta = { days, hotspots, gauges: [...gaugesOf(matter)].map(([scope, counts]) => ({ unitId: scope || null, counts })) };
    for (const d of delta.days) add(statsKeys.day(d.unitId, d.day, shard), { kind: 'day', day: d.day, unitId: d.unitId }, d.counts);
    for (const g of delta.gauges) add(statsKeys.gauge(g.unitId, shard), { kind: 'gauge', unitId: g.unitId }, g.counts);
    for (const h of delta.hotspots) add(statsKeys.hotspot(h.week, h.category, h.district, shard), { kind: 'hotspot', week: h.week, category: h.category, district: h.district }, { n: h.n });
  }
  return items;
}

export async function rebuildStats(o: RebuildOptions): Promise<RebuildReport> {
  const report: RebuildReport = { matters: 0, events: 0, itemsWritten: 0, itemsDeleted: 0 };
  const matters: Array<{ matter: Matter; events: TimelineEvent[] }> = [];
  const unitIds = new Set<string>();
  const weeks = new Set<string>();
  for (const status of STATUSES) {
    const heads = await queryAll(o.db, {
      TableName: o.table,
      IndexName: 'gsi4',
      KeyConditionExpression: 'gsi4pk = :p',
      ExpressionAttributeValues: { ':p': `CENTER#${status}` },
      ProjectionExpression: 'pk',
    });
    for (const h of heads) {
      const rows = await queryAll(o.db, {
        TableName: o.table,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :e AND :m',
        ExpressionAttributeValues: { ':pk': h.pk, ':e': 'E#', ':m': 'M' },
        ConsistentRead: true,
      });
      const head = rows.find((r) => r.sk === 'M');
      if (!head) continue;
      const matter = toMatter(head);
      const events = rows
        .filter((r) => String(r.sk).startsWith('E#'))
        .map(({ pk: _pk, sk: _sk, entity: _e, matterId: _m, ...e }) => e as TimelineEvent)
        .sort((a, b) => a.version - b.version);
      matters.push({ matter, events });
      report.matters += 1;
      report.events += events.length;
      weeks.add(isoWeekOf(shanghaiDay(matter.createdAt)));
      for (const e of events) for (const k of ['leadUnitId', 'fromUnitId'] as const) if (typeof e.data?.[k] === 'string') unitIds.add(e.data[k] as string);
    }
  }
  const target = o.into ?? { db: o.db, table: o.table };
  if (!o.into && o.replace) {
    for (const u of await queryAll(o.db, { TableName: o.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': 'UNITS' } })) unitIds.add(String(u.id));
    const partitions = [scopePk(null), GAUGE_PK, ...[...unitIds].map((u) => scopePk(u)), ...[...weeks].map(hotspotPk)];
    for (const pk of partitions) {
      const keys = await queryAll(o.db, { TableName: o.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': pk }, ProjectionExpression: 'pk, sk' });
      await batchWrite(o.db, o.table, keys.map((k) => ({ DeleteRequest: { Key: { pk: k.pk, sk: k.sk } } })));
      report.itemsDeleted += keys.length;
    }
  }
  const items = [...countersOf(matters, o.calendar).values()];
  await batchWrite(target.db, target.table, items.map((Item) => ({ PutRequest: { Item } })));
  report.itemsWritten = items.length;
  return report;
}

/* c8 ignore start — command line for operators */
if (require.main === module) {
  (async () => {
    const { ddb } = await import('../lib/dynamo');
    const { loadDefaultCalendar } = await import('../../shared/calendar');
    const args = process.argv.slice(2);
    const table = process.env.TABLE_NAME;
    if (!table) throw new Error('set TABLE_NAME');
    const into = args.includes('--into') ? args[args.indexOf('--into') + 1] : undefined;
    const replace = args.includes('--replace');
    if (!into && !replace) throw new Error('say where the counters go: --into <table> or --replace');
    const r = await rebuildStats({ db: ddb, table, calendar: loadDefaultCalendar(), into: into ? { db: ddb, table: into } : undefined, replace });
    console.log(JSON.stringify(r));
  })().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
/* c8 ignore stop */
