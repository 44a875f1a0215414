/**
 * Statistics written with the events that cause them: MatterStore.create and MatterStore.apply append these Update
 * items to their TransactWriteItems, so a counter never misses or double-counts an event — the counters move if and
 * only if the matter's state and its events are written (the transaction's version condition guards all of them).
 *
 * One decision adds at most: 1 city-day item, 2 unit-day items (a return: the returning and the new unit), 1 past
 * city-day + 1 past unit-day item (an upheld appeal, on the rating's day), 3 gauge items (city, old and new lead unit)
 * and 1 hot-spot item — in practice 1–3 (docs/stats.md has the measured figures). DynamoDB allows 100 per transaction.
 */
import type { NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import type { WorkCalendar } from '../../shared/calendar';
import type { Decision } from '../../shared/domain/stateMachine';
import type { Matter, TimelineEvent } from '../../shared/domain/types';
import { decisionDelta, type StatsDelta } from '../../shared/stats';
import { statsKeys, statsShard } from './keys';

export interface UpdateItem {
  Update: {
    TableName: string;
    Key: Record<string, NativeAttributeValue>;
    UpdateExpression: string;
    ExpressionAttributeNames: Record<string, string>;
    ExpressionAttributeValues: Record<string, NativeAttributeValue>;
  };
}

/** The matter before the decision, and its timeline when the caller read it (null for a new matter). */
export interface PreviousState {
  matter: Matter;
  events?: TimelineEvent[];
}

/** One ADD-only Update: counters are numbers that only ever move by deltas, plus fixed labels set on first write. */
export function counterUpdate(table: string, key: { pk: string; sk: string }, labels: Record<string, string | null>, deltas: Record<string, number>): UpdateItem | null {
  const names: Record<string, string> = { '#entity': 'entity' };
  const values: Record<string, NativeAttributeValue> = { ':entity': 'stats' };
  const adds: string[] = [];
  const sets: string[] = ['#entity = :entity'];
  let i = 0;
  for (const [k, v] of Object.entries(deltas)) {
    if (!v) continue;
    names[`#c${i}`] = k;
    values[`:c${i}`] = v;
    adds.push(`#c${i} :c${i}`);
    i++;
  }
  if (!adds.length) return null;
  let j = 0;
  for (const [k, v] of Object.entries(labels)) {
    if (v === null) continue;
    names[`#l${j}`] = k;
    values[`:l${j}`] = v;
    sets.push(`#l${j} = :l${j}`);
    j++;
  }
  return {
    Update: { TableName: table, Key: key, UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`, ExpressionAttributeNames: names, ExpressionAttributeValues: values },
  };
}

/** One counter item a delta touches: its key, the labels set on first write, and what to add. */
export interface CounterEntry {
  key: { pk: string; sk: string };
  labels: Record<string, string | null>;
  deltas: Record<string, number>;
}

/**
 * The counter items of a delta, each item at most once (its deltas summed): the one mapping from facts to keys and
 * labels, used by the live path (deltaItems) and the rebuild (rebuild.ts countersOf), so both write the same items.
 */
export function counterEntries(matterId: string, delta: StatsDelta, into = new Map<string, CounterEntry>()): Map<string, CounterEntry> {
  const shard = statsShard(matterId);
  const add = (key: { pk: string; sk: string }, labels: Record<string, string | null>, deltas: Record<string, number>) => {
    const id = `${key.pk}|${key.sk}`;
    const cur = into.get(id) ?? { key, labels, deltas: {} };
    for (const [k, v] of Object.entries(deltas)) if (v) cur.deltas[k] = (cur.deltas[k] ?? 0) + v;
    into.set(id, cur);
  };
  for (const d of delta.days) add(statsKeys.day(d.unitId, d.day, shard), { kind: 'day', day: d.day, unitId: d.unitId }, d.counts as Record<string, number>);
  for (const g of delta.gauges) add(statsKeys.gauge(g.unitId, shard), { kind: 'gauge', unitId: g.unitId }, g.counts as Record<string, number>);
  for (const h of delta.hotspots) add(statsKeys.hotspot(h.week, h.category, h.district, shard), { kind: 'hotspot', week: h.week, category: h.category, district: h.district }, { n: h.n });
  return into;
}

/** Turn a delta into Update items: one per item, each item at most once (a transaction may not touch an item twice). */
export function deltaItems(table: string, matterId: string, delta: StatsDelta): UpdateItem[] {
  const out: UpdateItem[] = [];
  for (const m of counterEntries(matterId, delta).values()) {
    const u = counterUpdate(table, m.key, m.labels, m.deltas);
    if (u) out.push(u);
  }
  return out;
}

export type StatsItemsFn = (previous: PreviousState | null, d: Decision) => UpdateItem[];

/** What MatterStore calls for each create/apply: the Update items of the statistics, under the running calendar. */
export function statsItems(table: string, calendar: WorkCalendar): StatsItemsFn {
  return (previous, d) => deltaItems(table, d.matter.id, decisionDelta(previous?.matter ?? null, previous?.events, d, calendar));
}
