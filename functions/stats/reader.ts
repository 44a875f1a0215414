/**
 * Reads of the statistics items and of matters by creation time — Query and GetItem only (StatsRole), never a Scan:
 * a period of a scope is one range Query over its day counters; gauges are one Query; a week of hot spots is one Query;
 * matters created in a period come from the centre queue index (gsi4, one partition per status) or a unit's queue
 * index (gsi2) with a range on the creation time.
 */
import { type QueryCommand, type DynamoDBDocumentClient, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { STATUSES, type Matter, type Status } from '../../shared/domain/types';
import { COUNTERS, GAUGES, type Counts, type GaugeCounts } from '../../shared/stats/facts';
import { dayEndUtc, dayStartUtc } from '../../shared/stats/periods';
import type { SurgeRecord } from '../../shared/stats/response';
import { queries } from '../store/keys';
import { toMatter } from '../store/matterIndex';
import { queryAll } from '../store/queryAll';
import { dayOfSk, GAUGE_PK, gaugeScopeOf, hotspotPk, statsQueries } from './keys';

type Item = Record<string, NativeAttributeValue>;

export interface HotspotCell {
  week: string;
  category: string;
  district: string;
  count: number;
}

export type { SurgeRecord };

/** Run `fn` over `items` with at most `limit` at once, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

const pick = <K extends string>(it: Item, names: readonly K[]): Partial<Record<K, number>> => {
  const out: Partial<Record<K, number>> = {};
  for (const n of names) if (typeof it[n] === 'number' && it[n] !== 0) out[n] = it[n] as number;
  return out;
};

/** Sums that came back to zero (a matter left a state; shards that cancel out) are as good as absent. */
function dropEmpty<T extends Record<string, number>>(m: Map<string, T>): Map<string, T> {
  for (const [k, v] of m) {
    for (const f of Object.keys(v)) if (v[f] === 0) delete v[f];
    if (!Object.keys(v).length) m.delete(k);
  }
  return m;
}

export class StatsReader {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName' | 'ExclusiveStartKey'>, max = Infinity): Promise<Item[]> {
    return queryAll(this.db, { ...input, TableName: this.table }, max);
  }

  /** Day counters of a scope (null = city) from `from` to `to`, summed over shards: day → counts. */
  async days(unitId: string | null, from: string, to: string): Promise<Map<string, Counts>> {
    const items = await this.queryAll(statsQueries.days(unitId, from, to));
    const out = new Map<string, Counts>();
    for (const it of items) {
      const day = dayOfSk(String(it.sk));
      const cur = out.get(day) ?? {};
      for (const [k, v] of Object.entries(pick(it, COUNTERS)) as Array<[keyof Counts, number]>) cur[k] = (cur[k] ?? 0) + v;
      out.set(day, cur);
    }
    return dropEmpty(out);
  }

  /** Gauges of every scope, summed over shards: '' (city) or unit id → gauges. */
  async gauges(): Promise<Map<string, GaugeCounts>> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': GAUGE_PK } });
    const out = new Map<string, GaugeCounts>();
    for (const it of items) {
      const scope = gaugeScopeOf(String(it.sk));
      const cur = out.get(scope) ?? {};
      for (const [k, v] of Object.entries(pick(it, GAUGES)) as Array<[keyof GaugeCounts, number]>) cur[k] = (cur[k] ?? 0) + v;
      out.set(scope, cur);
    }
    return dropEmpty(out);
  }

  /** Hot-spot cells of one ISO week, summed over shards. */
  async hotspots(week: string): Promise<HotspotCell[]> {
    const items = await this.queryAll({ KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': hotspotPk(week) } });
    const cells = new Map<string, HotspotCell>();
    for (const it of items) {
      const key = `${it.category}#${it.district}`;
      const cur = cells.get(key) ?? { week, category: String(it.category), district: String(it.district), count: 0 };
      cur.count += Number(it.n ?? 0);
      cells.set(key, cur);
    }
    return [...cells.values()].filter((c) => c.count !== 0);
  }

  /** Surge records of the weeks from `fromWeek` to `toWeek`. */
  async surges(fromWeek: string, toWeek: string): Promise<SurgeRecord[]> {
    const items = await this.queryAll(statsQueries.surges(fromWeek, toWeek));
    return items.map((it) => ({
      week: String(it.week),
      category: String(it.category),
      district: String(it.district),
      count: Number(it.count),
      baseline: Number(it.baseline),
      threshold: Number(it.threshold),
      openedAt: String(it.openedAt),
      basis: String(it.basis),
    }));
  }

  /**
   * Matters created from day `from` to day `to` (Shanghai), oldest first, in the given statuses: one range Query per
   * status partition of gsi4 (the centre queue), or of gsi2 when `unitId` is given (that unit's matters as lead).
   * Stops once more than `max` are found (the caller refuses the request then). `filter` is a FilterExpression on
   * the matter (e.g. not confidential), with its values.
   */
  async mattersCreated(o: {
    from: string;
    to: string;
    statuses?: readonly Status[];
    unitId?: string | null;
    max: number;
    newestFirst?: boolean;
    filter?: { expression: string; names?: Record<string, string>; values: Record<string, NativeAttributeValue> };
  }): Promise<{ matters: Matter[]; truncated: boolean }> {
    const [from, to] = [dayStartUtc(o.from), dayEndUtc(o.to)];
    const perStatus = await mapLimit(o.statuses ?? STATUSES, 4, (status) => {
      const key = queries.createdBetween(status, from, to, o.unitId);
      return this.queryAll(
        {
          ...key,
          FilterExpression: o.filter?.expression,
          ExpressionAttributeNames: o.filter?.names,
          ExpressionAttributeValues: { ...key.ExpressionAttributeValues, ...(o.filter?.values ?? {}) },
          ScanIndexForward: !o.newestFirst,
        },
        o.max + 1,
      );
    });
    const matters = perStatus.flat().map(toMatter);
    matters.sort((a, b) => (Date.parse(a.createdAt) - Date.parse(b.createdAt)) * (o.newestFirst ? -1 : 1) || a.id.localeCompare(b.id));
    const truncated = matters.length > o.max;
    return { matters: matters.slice(0, o.max), truncated };
  }
}
