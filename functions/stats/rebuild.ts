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
 *   npx esbuild functions/stats/rebuild.ts --bundle --platform=node --target=node24 --outfile=.build/rebuild.js
 *   TABLE_NAME=hotline-12345-prod node .build/rebuild.js --into hotline-12345-prod-rebuilt   # or --replace
 */
import { BatchWriteCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import { STATUSES, type Matter, type TimelineEvent } from '../../shared/domain/types';
import { EMPTY_TRAIL, eventsDelta, gaugesOf, type StatsDelta } from '../../shared/stats/facts';
import { isoWeekOf } from '../../shared/stats/periods';
import { shanghaiDay } from '../../shared/calendar';
import { Directory } from '../api/directory';
import { MatterStore } from '../store/matterStore';
import { queryAll } from '../store/queryAll';
import { counterEntries, type CounterEntry } from './aggregates';
import { hotspotPk, scopePk, GAUGE_PK } from './keys';

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
  const entries = new Map<string, CounterEntry>();
  for (const { matter, events } of matters) {
    const { days, hotspots } = eventsDelta(EMPTY_TRAIL, events, matter, calendar);
    const delta: StatsDelta = { days, hotspots, gauges: [...gaugesOf(matter)].map(([scope, counts]) => ({ unitId: scope || null, counts })) };
    counterEntries(matter.id, delta, entries);
  }
  const items = new Map<string, Item>();
  for (const [id, { key, labels, deltas }] of entries) {
    items.set(id, { ...key, entity: 'stats', ...Object.fromEntries(Object.entries(labels).filter(([, v]) => v !== null)), ...deltas });
  }
  return items;
}

export async function rebuildStats(o: RebuildOptions): Promise<RebuildReport> {
  const report: RebuildReport = { matters: 0, events: 0, itemsWritten: 0, itemsDeleted: 0 };
  const matters: Array<{ matter: Matter; events: TimelineEvent[] }> = [];
  const unitIds = new Set<string>();
  const weeks = new Set<string>();
  // Nothing here writes through the store: the due-time function is never called.
  const store = new MatterStore(o.db, o.table, () => null);
  for (const status of STATUSES) {
    const ids = await store.idsInStatus(status);
    for (const id of ids) {
      const found = await store.getWithTimeline(id);
      if (!found) continue;
      const { matter } = found;
      const events = [...found.events].sort((a, b) => a.version - b.version);
      matters.push({ matter, events });
      report.matters += 1;
      report.events += events.length;
      weeks.add(isoWeekOf(shanghaiDay(matter.createdAt)));
      for (const e of events) for (const k of ['leadUnitId', 'fromUnitId'] as const) if (typeof e.data?.[k] === 'string') unitIds.add(e.data[k] as string);
    }
  }
  const target = o.into ?? { db: o.db, table: o.table };
  if (!o.into && o.replace) {
    for (const id of (await new Directory(o.db, o.table).listUnits(0, true)).keys()) unitIds.add(id);
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
    const { loadDefaultCalendar } = await import('../lib/config');
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
