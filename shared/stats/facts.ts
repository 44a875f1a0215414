/**
 * What each timeline event adds to the assessment counters (docs/rules.md §6; GZ Art.24, CS Art.36–37, WF Art.27/29).
 *
 * Counters are kept per (scope, Shanghai day of the event): scope = the city, or the unit the event is attributed to.
 * Every figure is read from facts frozen on the event when it happened — `dispatched.data.onTime`,
 * `replied.data.onTime`, `supervision_N.data.level`, `closed.data.rating` — never recomputed from deadlines, so a later
 * calendar correction never rewrites an assessment (STYLE 4). The one figure computed here, the working days from the
 * unit's receipt to its reply, is computed once, when the reply happens, and frozen in the counter.
 *
 * The same functions serve the live path (functions/stats/aggregates.ts, inside the matter's transaction) and the
 * operator's rebuild from the timeline (functions/stats/rebuild.ts): a replay gives the same counters.
 */
import { shanghaiDay } from '../calendar/time';
import type { WorkCalendar } from '../calendar/types';
import { workingDaysBetween } from '../calendar/workingDays';
import type { Decision } from '../domain/stateMachine';
import type { Category, Matter, RatingResult, Status, TimelineEvent } from '../domain/types';
import { WITH_UNIT_STATUSES } from '../domain/statusGroups';
import { isoWeekOf } from './periods';

/** Day counters (flows): how many times something happened on that day. */
export const COUNTERS = [
  /** City: matters submitted or registered (受理). */
  'submitted',
  /** City: consultations the centre answered directly (GZ Art.13(1)). */
  'answered',
  /** City: matters not accepted (WF Art.19, CS Art.13). */
  'declined',
  /** Times a unit was made lead unit: first dispatch, re-dispatch after an approved return, designation (GZ Art.13/15/16). */
  'assigned',
  /** First dispatches by the centre, and those within the dispatch limit (GZ Art.13: 1 WD), frozen as `onTime`. */
  'dispatched',
  'dispatchedOnTime',
  /** City: dispatch deadlines missed (the sweep's `dispatch_overdue`). */
  'dispatchOverdue',
  /** Replies, replies within the handling deadline (GZ Art.17/19; frozen as `replied.data.onTime`). */
  'replied',
  'repliedOnTime',
  /** Sum of working days from the unit's receipt to the reply, and the number of replies it covers. */
  'replyWorkingDays',
  'replyTimed',
  /** Extensions granted (GZ Art.18), and matters extended for the first time. */
  'extensions',
  'extendedMatters',
  /** Returns approved by the centre, counted against the returning unit (GZ Art.15). */
  'returns',
  /** Re-handlings after a first unsatisfied rating (GZ Art.20, CS Art.33). */
  'rehandles',
  /** Escalations of the handling deadline by level (GZ Art.23, CS Art.33–35): 催办, 督办, 督查. */
  'supervision1',
  'supervision2',
  'supervision3',
  /** Supervision the centre opened by hand, any level (GZ Art.23, CS Art.34, WF Art.26). */
  'supervisedManually',
  /** Matters closed unsatisfied after re-handling, which enter supervision (CS Art.34(3)). */
  'supervisionUnsatisfied',
  /** Final ratings of closed matters (CS Art.26), by result; rating time-outs count as basically satisfied. */
  'rated',
  'satisfied',
  'basicallySatisfied',
  'unsatisfied',
  'ratedByTimeout',
  /** Unsatisfied final ratings taken out of the rate because the centre upheld the unit's appeal (CS Art.27). */
  'excluded',
] as const;
export type Counter = (typeof COUNTERS)[number];
export type Counts = Partial<Record<Counter, number>>;

/** Gauges (stocks): matters in that state now. Kept as running sums of +1/−1 as matters enter and leave the state. */
export const GAUGES = [
  /** Open matters (with a unit) past their handling deadline. */
  'overdue',
  /** Open matters whose current handling deadline is escalated to level 1, 2, 3. */
  'escalated1',
  'escalated2',
  'escalated3',
  /** City: matters still waiting for dispatch after the dispatch deadline. */
  'awaitingDispatchOverdue',
] as const;
export type Gauge = (typeof GAUGES)[number];
export type GaugeCounts = Partial<Record<Gauge, number>>;

/** `unitId: null` = the city-wide figures. Every unit delta is also added to the city. */
export interface DayDelta {
  unitId: string | null;
  day: string;
  counts: Counts;
}
export interface GaugeDelta {
  unitId: string | null;
  counts: GaugeCounts;
}
export interface HotspotDelta {
  week: string;
  category: Category;
  district: string;
  n: number;
}
export interface StatsDelta {
  days: DayDelta[];
  gauges: GaugeDelta[];
  hotspots: HotspotDelta[];
}

/** What the counters need to know about a matter's past, derived from its timeline (or its current state). */
export interface Trail {
  leadUnitId: string | null;
  /** Unit of the latest reply; null for a centre answer. The final rating is that unit's. */
  replyUnitId: string | null;
  /** When the lead unit's current handling began (latest dispatch, approved return, designation or re-handling). */
  handlingFrom: string | null;
  /** The matter's close: its day, unit and final rating (for appeals decided after it). */
  closed: { at: string; unitId: string | null; result: RatingResult; excluded: boolean } | null;
}

export const EMPTY_TRAIL: Trail = { leadUnitId: null, replyUnitId: null, handlingFrom: null, closed: null };

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** The trail after one more event. */
export function advanceTrail(t: Trail, e: TimelineEvent): Trail {
  const d = e.data ?? {};
  switch (e.type) {
    case 'dispatched':
    case 'return_approved':
    case 'designated':
      return { ...t, leadUnitId: str(d.leadUnitId) ?? t.leadUnitId, handlingFrom: e.at };
    case 'rehandling':
      return { ...t, leadUnitId: str(d.leadUnitId) ?? t.leadUnitId, handlingFrom: e.at };
    case 'accepted':
      // CS Art.19: under a signing policy the handling period counts from signing.
      return typeof d.signedAt === 'string' ? { ...t, handlingFrom: d.signedAt } : t;
    case 'answered':
      return { ...t, replyUnitId: null };
    case 'replied':
      return { ...t, replyUnitId: e.actor.unitId ?? t.leadUnitId };
    case 'closed':
      return { ...t, closed: { at: e.at, unitId: t.replyUnitId, result: (d.rating as RatingResult) ?? 'basically_satisfied', excluded: false } };
    case 'appeal_decided':
      return t.closed && d.decision === 'approve' ? { ...t, closed: { ...t.closed, excluded: true } } : t;
    default:
      return t;
  }
}

export const trailOf = (events: readonly TimelineEvent[]): Trail => events.reduce(advanceTrail, EMPTY_TRAIL);

/**
 * The trail of a stored matter. Lead unit, reply unit and close come from the matter itself (always at hand);
 * the start of the current handling comes from its timeline when the caller has it (every unit command reads the
 * timeline with the matter; the sweep does not, and emits no replies).
 */
export function trailOfMatter(m: Matter, events?: readonly TimelineEvent[] | null): Trail {
  const replyUnitId = m.reply && m.reply.unitId !== 'center' ? m.reply.unitId : null;
  const closed =
    m.status === 'closed' && m.rating ? { at: m.rating.at, unitId: replyUnitId, result: m.rating.result, excluded: !!m.rating.excluded } : null;
  return { leadUnitId: m.leadUnitId, replyUnitId, handlingFrom: events ? trailOf(events).handlingFrom : null, closed };
}

/** The immutable facts of a matter that hot spots need. */
export interface MatterFacts {
  category: Category;
  district: string;
}

class DeltaBuilder {
  readonly days = new Map<string, DayDelta>();
  readonly hotspots: HotspotDelta[] = [];
  /** Add to the city and, when the event is attributed to a unit, to that unit. */
  add(day: string, unitId: string | null, counts: Counts) {
    this.put(day, null, counts);
    if (unitId) this.put(day, unitId, counts);
  }
  private put(day: string, unitId: string | null, counts: Counts) {
    const key = `${unitId ?? ''}|${day}`;
    const cur = this.days.get(key) ?? { unitId, day, counts: {} };
    for (const [k, v] of Object.entries(counts) as Array<[Counter, number]>) if (v) cur.counts[k] = (cur.counts[k] ?? 0) + v;
    this.days.set(key, cur);
  }
}

/**
 * What one event adds. `trail` is the matter's trail just before the event. Unit attribution: the unit the event is
 * about — the lead unit for handling events, the returning unit for a return, the replying unit for a rating.
 */
function addEvent(b: DeltaBuilder, e: TimelineEvent, t: Trail, facts: MatterFacts, calendar: WorkCalendar) {
  const d = e.data ?? {};
  const day = shanghaiDay(e.at);
  switch (e.type) {
    case 'submitted':
      b.add(day, null, { submitted: 1 });
      // Hot spots: category × district × ISO week of receipt (CS Art.8(4), WF Art.29).
      b.hotspots.push({ week: isoWeekOf(day), category: facts.category, district: facts.district, n: 1 });
      return;
    case 'answered':
      return b.add(day, null, { answered: 1 });
    case 'declined':
      return b.add(day, null, { declined: 1 });
    case 'dispatched':
      // GZ Art.13: dispatched within 1 WD — decided by the state machine when it happened.
      return b.add(day, str(d.leadUnitId), { assigned: 1, dispatched: 1, dispatchedOnTime: d.onTime === true ? 1 : 0 });
    case 'return_approved':
      b.add(day, str(d.fromUnitId) ?? t.leadUnitId, { returns: 1 }); // GZ Art.15: counted against the unit that returned it
      return b.add(day, str(d.leadUnitId), { assigned: 1 });
    case 'designated':
      return b.add(day, str(d.leadUnitId), { assigned: 1 }); // GZ Art.16
    case 'extended':
      return b.add(day, e.actor.unitId ?? t.leadUnitId, { extensions: 1, extendedMatters: d.extensions === 1 ? 1 : 0 }); // GZ Art.18
    case 'replied': {
      // GZ Art.17/19: on time = replied by handleBy, frozen on the event. Working days are counted like deadlines:
      // working days after the day handling began, up to and including the day of the reply.
      const counts: Counts = { replied: 1, repliedOnTime: d.onTime === true ? 1 : 0 };
      if (t.handlingFrom) {
        counts.replyWorkingDays = workingDaysBetween(calendar, t.handlingFrom, e.at);
        counts.replyTimed = 1;
      }
      return b.add(day, e.actor.unitId ?? t.leadUnitId, counts);
    }
    case 'rehandling':
      return b.add(day, str(d.leadUnitId) ?? t.leadUnitId, { rehandles: 1 }); // GZ Art.20, CS Art.26
    case 'reopened':
      return b.add(day, null, { rehandles: 1 }); // an answered consultation back with the centre (GZ Art.13(1), Art.20)
    case 'supervised':
      return b.add(day, t.leadUnitId, { supervisedManually: 1 }); // GZ Art.23, CS Art.34, WF Art.26
    case 'supervision_1':
    case 'supervision_2':
    case 'supervision_3': {
      const level = Number(d.level ?? e.type.slice(-1));
      const counter = level === 3 ? 'supervision3' : level === 2 ? 'supervision2' : 'supervision1';
      return b.add(day, t.leadUnitId, { [counter]: 1 }); // GZ Art.23, CS Art.33–35
    }
    case 'dispatch_overdue':
      return b.add(day, null, { dispatchOverdue: 1 });
    case 'closed': {
      // CS Art.26: the final rating; no rating within 72 h counts as basically satisfied (source `timeout`).
      const result = (d.rating as RatingResult) ?? 'basically_satisfied';
      const counts: Counts = { rated: 1, ratedByTimeout: d.source === 'timeout' ? 1 : 0, supervisionUnsatisfied: d.supervision === true ? 1 : 0 };
      counts[result === 'satisfied' ? 'satisfied' : result === 'unsatisfied' ? 'unsatisfied' : 'basicallySatisfied'] = 1;
      return b.add(day, t.replyUnitId, counts);
    }
    case 'appeal_decided': {
      // CS Art.27: an upheld appeal takes the unsatisfied rating out of the satisfaction rate — on the day it was
      // counted, so the rate of that period reads as if the rating had never been given. Only once per matter.
      const c = t.closed;
      if (d.decision !== 'approve' || !c || c.excluded || c.result !== 'unsatisfied') return;
      return b.add(shanghaiDay(c.at), c.unitId, { rated: -1, unsatisfied: -1, excluded: 1 });
    }
    default:
      return;
  }
}

/** The counters' delta for a run of events starting from `trail` (the rebuild replays a whole timeline at once). */
export function eventsDelta(trail: Trail, events: readonly TimelineEvent[], facts: MatterFacts, calendar: WorkCalendar): { days: DayDelta[]; hotspots: HotspotDelta[]; trail: Trail } {
  const b = new DeltaBuilder();
  let t = trail;
  for (const e of events) {
    addEvent(b, e, t, facts, calendar);
    t = advanceTrail(t, e);
  }
  return { days: [...b.days.values()], hotspots: b.hotspots, trail: t };
}

const OPEN: ReadonlySet<Status> = new Set(WITH_UNIT_STATUSES);

/** The gauges one matter contributes, per scope (city under ''). */
export function gaugesOf(m: Matter | null): Map<string, GaugeCounts> {
  const out = new Map<string, GaugeCounts>();
  if (!m) return out;
  const add = (unitId: string | null, g: Gauge) => {
    for (const scope of unitId ? ['', unitId] : ['']) {
      const cur = out.get(scope) ?? {};
      cur[g] = (cur[g] ?? 0) + 1;
      out.set(scope, cur);
    }
  };
  if (OPEN.has(m.status) && m.leadUnitId) {
    if (m.overdue) add(m.leadUnitId, 'overdue');
    // The escalation of the current handling deadline (it restarts with the deadline), not the historical maximum.
    if (m.escalation >= 1) add(m.leadUnitId, `escalated${m.escalation}` as Gauge);
  }
  if (m.status === 'received' && m.dispatchOverdueAlerted) add(null, 'awaitingDispatchOverdue');
  return out;
}

/** next − previous, per scope, without zero entries. */
export function gaugeDelta(previous: Matter | null, next: Matter): GaugeDelta[] {
  const before = gaugesOf(previous);
  const after = gaugesOf(next);
  const out: GaugeDelta[] = [];
  for (const scope of new Set([...before.keys(), ...after.keys()])) {
    const counts: GaugeCounts = {};
    for (const g of GAUGES) {
      const v = (after.get(scope)?.[g] ?? 0) - (before.get(scope)?.[g] ?? 0);
      if (v) counts[g] = v;
    }
    if (Object.keys(counts).length) out.push({ unitId: scope || null, counts });
  }
  return out;
}

/**
 * Everything one decision adds to the statistics. `previous` is the matter before the decision (null when it is
 * created); `priorEvents` its timeline before the decision, when the caller has read it.
 */
export function decisionDelta(previous: Matter | null, priorEvents: readonly TimelineEvent[] | null | undefined, d: Decision, calendar: WorkCalendar): StatsDelta {
  const trail = previous ? trailOfMatter(previous, priorEvents) : EMPTY_TRAIL;
  const { days, hotspots } = eventsDelta(trail, d.events, d.matter, calendar);
  return { days, hotspots, gauges: gaugeDelta(previous, d.matter) };
}
