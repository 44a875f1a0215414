/**
 * The state machine's working parts, apart from its rules (./stateMachine.ts) so that rule modules such as
 * ./centre.ts can use them without importing the state machine back: the context a decision runs in, the builder
 * that accumulates a matter's new state and events, and the shape of a timer action.
 */
import { addWorkingDays, toShanghaiIso, type WorkCalendar } from '../calendar';
import type { PolicyProfile } from '../policy';
import type { Actor, EventType, Matter, TimelineEvent } from './types';

export interface Ctx {
  now: number;
  policy: PolicyProfile;
  calendar: WorkCalendar;
}

export interface Decision {
  matter: Matter;
  /** New timeline events, in order, versions matter.version+1 … */
  events: TimelineEvent[];
}

export const at = (ms: number) => toShanghaiIso(ms);
export const handlingPeriod = (m: Matter, ctx: Ctx): number => ctx.policy.handlingWD[m.category];
export const actorRef = (a: Actor): TimelineEvent['actor'] => (a.unitId ? { role: a.role, unitId: a.unitId } : { role: a.role });

/** Accumulates the new matter state and its events; one version per event. */
export class Builder {
  readonly m: Matter;
  readonly events: TimelineEvent[] = [];
  constructor(
    matter: Matter,
    readonly actor: Actor,
    readonly ctx: Ctx,
  ) {
    this.m = structuredClone(matter);
  }
  get nowIso() {
    return at(this.ctx.now);
  }
  emit(type: EventType, extra: { note?: string; data?: Record<string, unknown> } = {}, actor: Actor = this.actor) {
    this.m.version += 1;
    const e: TimelineEvent = { type, at: this.nowIso, actor: actorRef(actor), version: this.m.version };
    if (extra.note !== undefined) e.note = extra.note;
    if (extra.data !== undefined) e.data = extra.data;
    this.events.push(e);
  }
  /** Restart the handling period from now and forget escalation of the old deadline. */
  restartHandling() {
    this.m.deadlines.handleBy = addWorkingDays(this.ctx.calendar, this.ctx.now, handlingPeriod(this.m, this.ctx));
    this.resetEscalation();
  }
  resetEscalation() {
    this.m.warned = false;
    this.m.escalation = 0;
    this.m.overdue = false;
  }
  /** Close the matter with its final rating (the closing note, if any, is told to the citizen). */
  close(data: Record<string, unknown>, note?: string) {
    this.m.status = 'closed';
    this.m.rehandling = false;
    this.m.pending = null;
    this.m.reviewBy = null;
    this.m.deadlines = { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null };
    this.emit('closed', { note, data: { ...data, rating: this.m.rating?.result ?? null } });
  }
  result(): Decision {
    if (this.events.length) this.m.updatedAt = this.nowIso;
    return { matter: this.m, events: this.events };
  }
}

export type TimerKind = 'dispatch' | 'check' | 'handle' | 'rate' | 'sign' | 'review';

export interface TimerAction {
  timer: TimerKind;
  /** 0 = warning for the handle timer; 1–3 supervision levels; 0 for single-shot timers. */
  level: number;
  /** The action is due once `now` is strictly after this instant (epoch ms). */
  dueAt: number;
  apply(b: Builder): void;
}
