/**
 * Assessment indicators (docs/rules.md §6; GZ Art.24, CS Art.36–37 量化考核, WF Art.27) from summed day counters.
 * Every rate is a number in [0, 1] rounded to 4 decimals, or null when its denominator is 0 (nothing to assess,
 * which is not the same as 0 %). Definitions, with the counters behind them, are in docs/stats.md.
 */
import { COUNTERS, GAUGES, type Counts, type GaugeCounts } from './facts';

export type FullCounts = Record<(typeof COUNTERS)[number], number>;
export type FullGauges = Record<(typeof GAUGES)[number], number>;

export const zeroCounts = (): FullCounts => Object.fromEntries(COUNTERS.map((c) => [c, 0])) as FullCounts;
export const zeroGauges = (): FullGauges => Object.fromEntries(GAUGES.map((g) => [g, 0])) as FullGauges;

/** Add `b` into `a` (in place) and return `a`. */
export function addCounts<T extends Record<string, number>>(a: T, b: Partial<Record<keyof T, number>> | Record<string, unknown>): T {
  for (const k of Object.keys(a) as Array<keyof T>) {
    const v = (b as Record<string, unknown>)[k as string];
    if (typeof v === 'number' && Number.isFinite(v)) (a as Record<string, number>)[k as string] += v;
  }
  return a;
}

export const sumCounts = (list: Iterable<Counts | FullCounts>): FullCounts => {
  const out = zeroCounts();
  for (const c of list) addCounts(out, c);
  return out;
};
export const sumGauges = (list: Iterable<GaugeCounts | FullGauges>): FullGauges => {
  const out = zeroGauges();
  for (const g of list) addCounts(out, g);
  return out;
};

export const rate = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10_000) / 10_000 : null);
const avg = (sum: number, n: number): number | null => (n > 0 ? Math.round((sum / n) * 100) / 100 : null);

export interface Kpis {
  /** City: matters received (受理量). Unit / parent: matters assigned to the unit as lead (承办量). */
  received: number;
  /** GZ Art.13: first dispatches within 1 WD / first dispatches. */
  dispatchOnTimeRate: number | null;
  /** 按时办结率, GZ Art.17/19: replies by the handling deadline / replies. */
  onTimeCompletionRate: number | null;
  /** 延期率, GZ Art.18: matters extended (first extensions) / matters assigned. */
  extensionRate: number | null;
  /** 退回率, GZ Art.15: approved returns / matters assigned. */
  returnRate: number | null;
  /** 重办率, GZ Art.20: re-handlings / final ratings + re-handlings (i.e. / ratings given). */
  rehandlingRate: number | null;
  /** GZ Art.23, CS Art.33–35: escalations of the handling deadline in the period, by level; CS Art.34(3) separately. */
  supervision: { level1: number; level2: number; level3: number; unsatisfiedAfterRehandling: number; manual: number };
  /** 满意率, CS Art.26: (satisfied + basically satisfied) / final ratings; time-outs count as basically satisfied (CS Art.26). */
  satisfactionRate: number | null;
  /** The same rate over the ratings citizens actually gave (time-outs left out), shown beside it. */
  satisfactionRateResponded: number | null;
  /** Working days from the unit's receipt to its reply, averaged over replies. */
  avgWorkingDaysToReply: number | null;
}

export function kpisOf(c: FullCounts, scope: 'city' | 'unit'): Kpis {
  const happy = c.satisfied + c.basicallySatisfied;
  const responded = c.rated - c.ratedByTimeout;
  return {
    received: scope === 'city' ? c.submitted : c.assigned,
    dispatchOnTimeRate: rate(c.dispatchedOnTime, c.dispatched),
    onTimeCompletionRate: rate(c.repliedOnTime, c.replied),
    extensionRate: rate(c.extendedMatters, c.assigned),
    returnRate: rate(c.returns, c.assigned),
    rehandlingRate: rate(c.rehandles, c.rated + c.rehandles),
    supervision: { level1: c.supervision1, level2: c.supervision2, level3: c.supervision3, unsatisfiedAfterRehandling: c.supervisionUnsatisfied, manual: c.supervisedManually },
    satisfactionRate: rate(happy, c.rated),
    // Time-outs are recorded as basically satisfied, so the responded-only rate leaves them out of both sides.
    satisfactionRateResponded: rate(happy - c.ratedByTimeout, responded),
    avgWorkingDaysToReply: avg(c.replyWorkingDays, c.replyTimed),
  };
}
