/**
 * The test's own reckoning of docs/rules.md §6 from raw timelines (GET /v1/matters/{id} as the centre), written from the
 * definitions in docs/stats.md and deliberately not from shared/stats: if the two disagree, one of them misreads a
 * definition. Only the working-day calendar (shared/calendar) is shared — it is not what is under test here.
 */
import { workingDaysBetween, type WorkCalendar } from '../../shared/calendar';

export interface ViewEvent {
  type: string;
  at: string;
  version: number;
  actor: { role: string; unitId?: string };
  data?: Record<string, any>;
}

export interface MatterViewLike {
  id: string;
  trackingNo: string;
  category: string;
  district: string;
  status: string;
  confidential: boolean;
  overdue: boolean;
  createdAt: string;
  leadUnit: { id: string } | null;
  timeline: ViewEvent[];
}

export type Tally = Record<string, number>;

/** Shanghai day of an ISO instant, computed by hand (UTC + 8 h). */
export const dayOf = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/** ISO week by hand: the Thursday of the day's week decides the year. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const dow = (d.getUTCDay() + 6) % 7; // Monday 0
  const thursday = new Date(d.getTime() + (3 - dow) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export class Expected {
  /** scope ('' = city, else unit id) → day → tally */
  readonly days = new Map<string, Map<string, Tally>>();
  /** week|category|district → count */
  readonly cells = new Map<string, number>();
  /** scope → gauges now */
  readonly now = new Map<string, Tally>();

  private bump(scope: string, day: string, key: string, n = 1) {
    const byDay = this.days.get(scope) ?? new Map<string, Tally>();
    const t = byDay.get(day) ?? {};
    t[key] = (t[key] ?? 0) + n;
    byDay.set(day, t);
    this.days.set(scope, byDay);
  }
  /** City always; the unit too when there is one. */
  private count(unit: string | null | undefined, day: string, key: string, n = 1) {
    this.bump('', day, key, n);
    if (unit) this.bump(unit, day, key, n);
  }
  private gauge(unit: string | null, key: string) {
    for (const scope of unit ? ['', unit] : ['']) {
      const t = this.now.get(scope) ?? {};
      t[key] = (t[key] ?? 0) + 1;
      this.now.set(scope, t);
    }
  }

  add(m: MatterViewLike, calendar: WorkCalendar) {
    let lead: string | null = null;
    let replier: string | null = null;
    let handlingFrom: string | null = null;
    let close: { day: string; unit: string | null; result: string; excluded: boolean } | null = null;
    let escalation = 0;
    const events = [...m.timeline].sort((a, b) => a.version - b.version);
    for (const e of events) {
      const day = dayOf(e.at);
      const d = e.data ?? {};
      switch (e.type) {
        case 'submitted': {
          this.count(null, day, 'submitted');
          const key = `${weekOf(dayOf(m.createdAt))}|${m.category}|${m.district}`;
          this.cells.set(key, (this.cells.get(key) ?? 0) + 1);
          break;
        }
        case 'answered':
          this.count(null, day, 'answered');
          replier = null;
          break;
        case 'declined':
          this.count(null, day, 'declined');
          break;
        case 'dispatched':
          lead = d.leadUnitId;
          handlingFrom = e.at;
          escalation = 0;
          this.count(lead, day, 'assigned');
          this.count(lead, day, 'dispatched');
          if (d.onTime) this.count(lead, day, 'dispatchedOnTime');
          break;
        case 'return_approved':
          this.count(d.fromUnitId, day, 'returns');
          lead = d.leadUnitId;
          handlingFrom = e.at;
          escalation = 0;
          this.count(lead, day, 'assigned');
          break;
        case 'designated':
          lead = d.leadUnitId;
          handlingFrom = e.at;
          escalation = 0;
          this.count(lead, day, 'assigned');
          break;
        case 'return_joint':
        case 'clock_restarted':
        case 'long_term':
        case 'progress_reported':
          escalation = 0;
          break;
        case 'extended':
          this.count(lead, day, 'extensions');
          if (d.extensions === 1) this.count(lead, day, 'extendedMatters');
          break;
        case 'replied':
          replier = e.actor.unitId ?? lead;
          this.count(replier, day, 'replied');
          if (d.onTime) this.count(replier, day, 'repliedOnTime');
          if (handlingFrom) {
            this.count(replier, day, 'replyWorkingDays', workingDaysBetween(calendar, handlingFrom, e.at));
            this.count(replier, day, 'replyTimed');
          }
          break;
        case 'accepted':
          if (typeof d.signedAt === 'string') handlingFrom = d.signedAt; // CS Art.19
          break;
        case 'reopened':
          this.count(null, day, 'rehandles');
          break;
        case 'supervised':
          this.count(lead, day, 'supervisedManually');
          break;
        case 'rehandling':
          if (typeof d.leadUnitId === 'string') lead = d.leadUnitId;
          this.count(lead, day, 'rehandles');
          handlingFrom = e.at;
          escalation = 0;
          break;
        case 'supervision_1':
        case 'supervision_2':
        case 'supervision_3':
          this.count(lead, day, `supervision${d.level}`);
          escalation = d.level;
          break;
        case 'dispatch_overdue':
          this.count(null, day, 'dispatchOverdue');
          break;
        case 'closed': {
          const result = d.rating as string;
          close = { day, unit: replier, result, excluded: false };
          this.count(replier, day, 'rated');
          this.count(replier, day, result === 'satisfied' ? 'satisfied' : result === 'unsatisfied' ? 'unsatisfied' : 'basicallySatisfied');
          if (d.source === 'timeout') this.count(replier, day, 'ratedByTimeout');
          if (d.supervision) this.count(replier, day, 'supervisionUnsatisfied');
          break;
        }
        case 'appeal_decided':
          if (d.decision === 'approve' && close && !close.excluded && close.result === 'unsatisfied') {
            close.excluded = true;
            this.count(close.unit, close.day, 'rated', -1);
            this.count(close.unit, close.day, 'unsatisfied', -1);
            this.count(close.unit, close.day, 'excluded');
          }
          break;
      }
    }
    const open = ['dispatched', 'return_requested', 'in_progress', 'reply_review'].includes(m.status);
    if (open && m.leadUnit) {
      if (m.overdue) this.gauge(m.leadUnit.id, 'overdue');
      if (escalation) this.gauge(m.leadUnit.id, `escalated${escalation}`);
    }
    if (m.status === 'received' && events.some((e) => e.type === 'dispatch_overdue')) this.gauge(null, 'awaitingDispatchOverdue');
  }

  /** Sum of a set of scopes over [from, to]. */
  sum(scopes: string[], from: string, to: string): Tally {
    const out: Tally = {};
    for (const s of scopes) for (const [day, t] of this.days.get(s) ?? []) if (day >= from && day <= to) for (const [k, v] of Object.entries(t)) out[k] = (out[k] ?? 0) + v;
    return out;
  }
}

const r4 = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10_000) / 10_000 : null);
const v = (t: Tally, k: string) => t[k] ?? 0;

/** The KPIs of docs/stats.md, by hand. */
export function kpisByHand(t: Tally, scope: 'city' | 'unit') {
  return {
    received: scope === 'city' ? v(t, 'submitted') : v(t, 'assigned'),
    dispatchOnTimeRate: r4(v(t, 'dispatchedOnTime'), v(t, 'dispatched')),
    onTimeCompletionRate: r4(v(t, 'repliedOnTime'), v(t, 'replied')),
    extensionRate: r4(v(t, 'extendedMatters'), v(t, 'assigned')),
    returnRate: r4(v(t, 'returns'), v(t, 'assigned')),
    rehandlingRate: r4(v(t, 'rehandles'), v(t, 'rated') + v(t, 'rehandles')),
    supervision: { level1: v(t, 'supervision1'), level2: v(t, 'supervision2'), level3: v(t, 'supervision3'), unsatisfiedAfterRehandling: v(t, 'supervisionUnsatisfied'), manual: v(t, 'supervisedManually') },
    satisfactionRate: r4(v(t, 'satisfied') + v(t, 'basicallySatisfied'), v(t, 'rated')),
    satisfactionRateResponded: r4(v(t, 'satisfied') + v(t, 'basicallySatisfied') - v(t, 'ratedByTimeout'), v(t, 'rated') - v(t, 'ratedByTimeout')),
    avgWorkingDaysToReply: v(t, 'replyTimed') > 0 ? Math.round((v(t, 'replyWorkingDays') / v(t, 'replyTimed')) * 100) / 100 : null,
  };
}

/** The non-zero entries of a tally (the API returns every counter, zeros included). */
export const nonZero = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).filter(([, n]) => n !== 0));
