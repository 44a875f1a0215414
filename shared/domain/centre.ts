/**
 * Rules that depend on the policy's `signing` and `centre` data (docs/rules.md): Changsha signing (CS Art.17, 19),
 * the centre's reviews and their timers (CS Art.21, 26, 33), direct designation (WF Art.22), manual supervision
 * (GZ Art.23, CS Art.34, WF Art.26) and re-handling after an unsatisfied rating (GZ Art.20, CS Art.26).
 * Pure functions over the state machine's Builder: nothing here reads the clock.
 */
import { addWorkingDays, deadlineMs as ms, toShanghaiIso, workingDaysBetween, type Deadline } from '../calendar';
import type { CommandOf } from './commands';
import { DomainError, invalidTransition } from './errors';
import type { Builder, Ctx, TimerAction } from './builder';
import type { Actor, Matter } from './types';

const SCHEDULER: Actor = { role: 'scheduler' };

// ───────────────────────── Changsha signing (CS Art.17, 19) ─────────────────────────

/**
 * At dispatch under a signing policy: sign by the end of the first WD after the dispatch day; a return may be asked
 * until the end of the 2nd WD after the signing deadline's day (moved to after the signing day once the unit signs);
 * the handling deadline shown is the one the unit would have if it signed at the signing deadline.
 */
export function startSigning(b: Builder): void {
  const s = b.ctx.policy.signing!;
  const cal = b.ctx.calendar;
  const signBy = addWorkingDays(cal, b.ctx.now, s.signWD);
  b.m.signBy = signBy;
  b.m.signedAt = null;
  b.m.signOverdueAlerted = false;
  b.m.deadlines.checkBy = addWorkingDays(cal, signBy.at, s.returnAfterSignWD);
  b.m.deadlines.handleBy = addWorkingDays(cal, signBy.at, b.ctx.policy.handlingWD[b.m.category]);
  b.resetEscalation();
}

/**
 * CS Art.17, 19: the unit signs. The return window runs to the end of the 2nd WD after the signing day; the handling
 * period counts from the signing day, but a late signature buys no time: at the latest from the signing deadline.
 */
export function sign(b: Builder, deemed: boolean): void {
  const s = b.ctx.policy.signing!;
  const cal = b.ctx.calendar;
  const signBy = b.m.signBy ?? null;
  const from = Math.min(b.ctx.now, ms(signBy));
  b.m.signedAt = deemed && signBy ? signBy.at : toShanghaiIso(b.ctx.now);
  b.m.status = 'in_progress';
  b.m.deadlines.checkBy = deemed ? null : addWorkingDays(cal, b.ctx.now, s.returnAfterSignWD);
  b.m.deadlines.handleBy = addWorkingDays(cal, from, b.ctx.policy.handlingWD[b.m.category]);
  b.resetEscalation();
}

// ───────────────────────── the centre's reviews (CS Art.21, 26, 33) ─────────────────────────

/** Start the clock on one of the centre's own reviews (CS Art.33: warnings at every stage). */
export function startReview(b: Builder, wd = b.ctx.policy.centre.reviewWD): void {
  b.m.reviewBy = addWorkingDays(b.ctx.calendar, b.ctx.now, wd);
  b.m.reviewOverdueAlerted = false;
}
export function endReview(b: Builder): void {
  b.m.reviewBy = null;
  b.m.reviewOverdueAlerted = false;
}

/**
 * docs/rules.md §4: time the centre spends on a review never counts against the unit. When a return request or a
 * reply comes back to the unit, it keeps the working days it had left when it handed the matter to the centre
 * (none, if it was already late): handleBy = max(old handleBy, now + days left).
 */
export function keepUnitTime(b: Builder, handedOverAt: string): void {
  const handleBy = b.m.deadlines.handleBy;
  if (!handleBy || Date.parse(handedOverAt) >= ms(handleBy)) return;
  const left = workingDaysBetween(b.ctx.calendar, handedOverAt, handleBy.at);
  if (left === 0) return;
  const resumed = addWorkingDays(b.ctx.calendar, b.ctx.now, left);
  if (ms(resumed) > ms(handleBy)) {
    b.m.deadlines.handleBy = resumed;
    b.resetEscalation();
  }
}

/** CS Art.21: the unit's extension request waits for the centre; the deadline stays where it is. */
export function requestExtension(b: Builder, c: CommandOf<'extension'>): void {
  b.m.pending = { kind: 'extension', reason: c.reason, at: b.nowIso, unitId: b.m.leadUnitId!, fromStatus: b.m.status };
  b.m.counts.extensions += 1; // the policy's count limits requests (CS Art.20: one)
  startReview(b);
  b.emit('extension_requested', { note: c.reason, data: { handleBy: b.m.deadlines.handleBy, extensions: b.m.counts.extensions } });
}

/** CS Art.21: approved → one handling period added, the citizen told the reason and deadline; rejected → old deadline. */
export function reviewExtension(b: Builder, c: CommandOf<'extension-review'>): void {
  const request = b.m.pending!; // an extension request: ./guards.ts
  b.m.pending = null;
  endReview(b);
  if (c.decision === 'approve') {
    const previous = b.m.deadlines.handleBy!;
    b.m.deadlines.handleBy = addWorkingDays(b.ctx.calendar, previous.at, b.ctx.policy.handlingWD[b.m.category]);
    b.resetEscalation();
    b.emit('extended', {
      note: request.reason,
      data: { previousHandleBy: previous, handleBy: b.m.deadlines.handleBy, extensions: b.m.counts.extensions, reviewed: true, reviewNote: c.note ?? null },
    });
  } else {
    b.emit('extension_rejected', { note: c.note, data: { reason: request.reason, handleBy: b.m.deadlines.handleBy } });
  }
}

// ───────────────────────── after an unsatisfied rating (GZ Art.20, CS Art.26) ─────────────────────────

/**
 * Re-handling. A matter with a lead unit goes back to it (or to another unit) for a fresh handling period counted
 * from now (GZ Art.20). A consultation the centre answered (GZ Art.13(1)) has no unit: it returns to the centre with a
 * new dispatch deadline, to be answered again or dispatched.
 */
export function rehandle(b: Builder, to?: { leadUnitId?: string; coUnitIds?: string[] }): void {
  b.m.rehandling = true;
  b.m.counts.rehandles += 1;
  b.m.reply = null;
  b.m.deadlines.rateBy = null;
  if (!b.m.leadUnitId && !to?.leadUnitId) {
    b.m.status = 'received';
    b.m.deadlines.dispatchBy = addWorkingDays(b.ctx.calendar, b.ctx.now, b.ctx.policy.dispatchLimitWD); // GZ Art.13
    b.m.dispatchOverdueAlerted = false;
    b.emit('reopened', { data: { dispatchBy: b.m.deadlines.dispatchBy, rehandles: b.m.counts.rehandles } });
    return;
  }
  if (to?.leadUnitId) {
    b.m.acceptedAt = b.nowIso;
    b.m.leadUnitId = to.leadUnitId;
    b.m.coUnitIds = (to.coUnitIds ?? b.m.coUnitIds).filter((u) => u !== to.leadUnitId);
  }
  b.m.status = 'in_progress';
  b.restartHandling(); // a fresh handling period, without extension (GZ Art.20)
  b.emit('rehandling', { data: { handleBy: b.m.deadlines.handleBy, rehandles: b.m.counts.rehandles, leadUnitId: b.m.leadUnitId } });
}

/** CS Art.26: a first unsatisfied rating opens a callback task for the centre, due within 1 WD; the matter waits. */
export function openCallback(b: Builder): void {
  b.m.deadlines.rateBy = null;
  b.m.pending = { kind: 'callback', reason: b.m.rating?.comment ?? '', at: b.nowIso, unitId: b.m.leadUnitId ?? 'center', fromStatus: b.m.status };
  startReview(b, b.ctx.policy.centre.callbackWD ?? 1);
  b.emit('callback_opened', { data: { reviewBy: b.m.reviewBy } });
}

/** CS Art.26: after calling back, the centre re-handles (same or another unit) or closes with the rating kept. */
export function decideCallback(b: Builder, c: CommandOf<'callback-decision'>): void {
  b.m.pending = null;
  endReview(b);
  if (c.decision === 'rehandle') return rehandle(b, { leadUnitId: c.leadUnitId, coUnitIds: c.coUnitIds });
  if (!c.note) throw new DomainError('VALIDATION_FAILED', '结案时请向诉求人说明理由', [{ field: 'note', message: '必填' }]);
  b.close({ afterCallback: true }, c.note);
}

// ───────────────────────── designation and supervision ─────────────────────────

/** GZ Art.23, CS Art.34, WF Art.26: the centre opens supervision by hand, at a chosen level, with a reason. */
export function supervise(b: Builder, c: CommandOf<'supervise'>): void {
  if (c.level <= b.m.supervisionLevel) throw invalidTransition(`该诉求已在${b.m.supervisionLevel}级或更高级别督办`);
  b.m.supervisionLevel = c.level;
  b.m.supervisionReasons = [...(b.m.supervisionReasons ?? []), c.reason];
  b.emit('supervised', { note: c.note, data: { level: c.level, reason: c.reason, manual: true } });
}

// ───────────────────────── timers ─────────────────────────

/** Timers of the signing deadline and of the centre's own reviews (CS Art.17, 33). */
export function centreTimers(m: Matter, _ctx: Omit<Ctx, 'now'>): TimerAction[] {
  const out: TimerAction[] = [];
  if (m.status === 'dispatched' && m.signBy && !m.signedAt && !m.signOverdueAlerted) {
    const signBy = m.signBy;
    out.push({
      timer: 'sign',
      level: 0,
      dueAt: ms(signBy),
      apply: (b) => {
        b.m.signOverdueAlerted = true;
        b.emit('sign_overdue', { data: { signBy } }, SCHEDULER);
      },
    });
  }
  if (m.reviewBy && !m.reviewOverdueAlerted && (m.pending || m.status === 'return_requested' || m.status === 'reply_review')) {
    const reviewBy = m.reviewBy;
    const kind = m.status === 'reply_review' ? 'reply' : (m.pending?.kind ?? 'return');
    out.push({
      timer: 'review',
      level: 0,
      dueAt: ms(reviewBy),
      apply: (b) => {
        b.m.reviewOverdueAlerted = true;
        b.emit(kind === 'callback' ? 'callback_overdue' : 'review_overdue', { data: { reviewBy, kind } }, SCHEDULER);
      },
    });
  }
  return out;
}
