/**
 * Keys of the statistics items in the single table (docs/stats.md). Counters are split over STATS_SHARDS items per
 * (scope, day) — the shard is a hash of the matter id — because every transaction that writes a counter locks that
 * item: with one city item per day, two commands on different matters at the same moment would cancel each other's
 * transaction (TransactionConflict). Readers sum the shards.
 */
import { shardOf } from '../store/keys';

export const STATS_SHARDS = 10;

export const statsShard = (matterId: string): number => shardOf(`stats#${matterId}`, STATS_SHARDS);

/** Partition of a scope's day counters: the city or one unit. */
export const scopePk = (unitId: string | null): string => (unitId ? `ST#U#${unitId}` : 'ST#CITY');

export const statsKeys = {
  /** Day counters of a scope: one partition per scope, sort key by day, so a period is one range Query. */
  day: (unitId: string | null, day: string, shard: number) => ({ pk: scopePk(unitId), sk: `D#${day}#${shard}` }),
  /** Gauges (matters in a state now) of every scope in one small partition: the dashboard reads it in one Query. */
  gauge: (unitId: string | null, shard: number) => ({ pk: 'ST#NOW', sk: unitId ? `U#${unitId}#${shard}` : `CITY#${shard}` }),
  /** Hot-spot counter of a cell in an ISO week: one partition per week holds every category × district cell. */
  hotspot: (week: string, category: string, district: string, shard: number) => ({ pk: `HS#${week}`, sk: `${category}#${district}#${shard}` }),
  /** A surge put under the centre's supervision (CS Art.34(2)): one per cell-week, written once. */
  surge: (week: string, category: string, district: string) => ({ pk: 'SURGE', sk: `${week}#${category}#${district}` }),
};

export const GAUGE_PK = 'ST#NOW';
export const SURGE_PK = 'SURGE';
export const hotspotPk = (week: string) => `HS#${week}`;

/** Key conditions of the statistics reads (functions/stats/reader.ts), with their `:p`, `:a`, `:b` values. */
export const statsQueries = {
  /** Day counters of a scope from day `from` to day `to`, every shard. */
  days: (unitId: string | null, from: string, to: string) => ({
    KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
    ExpressionAttributeValues: { ':p': scopePk(unitId), ':a': `D#${from}#`, ':b': `D#${to}#~` },
  }),
  /** Surge records of the ISO weeks from `fromWeek` to `toWeek`. */
  surges: (fromWeek: string, toWeek: string) => ({
    KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
    ExpressionAttributeValues: { ':p': SURGE_PK, ':a': `${fromWeek}#`, ':b': `${toWeek}#\uffff` },
  }),
};

/** Day of a day-counter sort key. */
export const dayOfSk = (sk: string): string => sk.slice(2, 12);
/** Scope of a gauge sort key: the unit id, or '' for the city. */
export const gaugeScopeOf = (sk: string): string => (sk.startsWith('U#') ? sk.slice(2, sk.lastIndexOf('#')) : '');

/** Partition keys of statistics items (the rebuild deletes exactly these). */
export const isStatsPk = (pk: string): boolean => pk.startsWith('ST#') || pk.startsWith('HS#') || pk === SURGE_PK;
