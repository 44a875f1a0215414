/**
 * The matter's timers (docs/rules.md §4 timers): what the sweep does when a deadline passes — dispatch alert, deemed
 * acceptance or signing, the warning and the escalation ladder, the rating timeout — as timer actions on a Builder.
 * Pure: `ctx` carries the policy and calendar; the sweep (functions/sweep) supplies `now`.
 */
import { addWorkingDays, deadlineMs as ms } from '../calendar';
import { at, type Ctx, type TimerAction } from './builder';
import { centreTimers, sign } from './centre';
import type { Actor, Matter } from './types';

const SCHEDULER: Actor = { role: 'scheduler' };

/** Every timer action that is pending on the matter, earliest first, whether due or not. */
export function pendingTimers(m: Matter, ctx: Omit<Ctx, 'now'>): TimerAction[] {
  const out: TimerAction[] = [];
  const { dispatchBy, checkBy, handleBy, rateBy } = m.deadlines;
  if (m.status === 'received' && dispatchBy && !m.dispatchOverdueAlerted) {
    // GZ Art.13: the centre is alerted when a matter is not dispatched in time.
    out.push({
      timer: 'dispatch',
      level: 0,
      dueAt: ms(dispatchBy),
      apply: (b) => {
        b.m.dispatchOverdueAlerted = true;
        b.emit('dispatch_overdue', { data: { dispatchBy, overdue: true } }, SCHEDULER);
      },
    });
  }
  if (m.status === 'dispatched' && checkBy) {
    // GZ Art.14 ¶2: no action within the check window → deemed accepted. CS Art.17: neither signed nor asked to
    // return by the end of the 2nd WD after the signing deadline → deemed signed at the signing deadline.
    out.push({
      timer: 'check',
      level: 0,
      dueAt: ms(checkBy),
      apply: (b) => {
        if (b.ctx.policy.signing && b.m.signBy) sign(b, true);
        b.m.status = 'in_progress';
        b.m.deadlines.checkBy = null;
        b.emit('deemed_accepted', { data: { checkBy, signedAt: b.m.signedAt ?? null } }, SCHEDULER);
      },
    });
  }
  out.push(...centreTimers(m, ctx));
  if ((m.status === 'dispatched' || m.status === 'in_progress') && handleBy) {
    const deadline = ms(handleBy);
    const ladder = ctx.policy.escalation;
    if (!m.warned && m.escalation === 0) {
      const warnAt = addWorkingDays(ctx.calendar, handleBy.at, -ladder.warnWDBefore);
      out.push({
        timer: 'handle',
        level: 0,
        dueAt: ms(warnAt),
        apply: (b) => {
          b.m.warned = true;
          // A warning after the deadline has passed would only confuse: level 1 says it all.
          if (b.ctx.now > deadline) return;
          b.emit('warning', { data: { handleBy, warnAt } }, SCHEDULER);
        },
      });
    }
    const levels: Array<[1 | 2 | 3, number]> = [
      [1, deadline],
      [2, ms(addWorkingDays(ctx.calendar, handleBy.at, ladder.level2AfterWD))],
      [3, ms(addWorkingDays(ctx.calendar, handleBy.at, ladder.level3AfterWD))],
    ];
    for (const [level, dueAt] of levels) {
      if (m.escalation >= level) continue;
      out.push({
        timer: 'handle',
        level,
        dueAt,
        apply: (b) => {
          // GZ Art.23, CS Art.33–35: urge (1), formal supervision (2), report to the supervision office (3).
          // The flag and level are frozen on the event: later calendar corrections never rewrite history.
          b.m.warned = true;
          b.m.escalation = level;
          b.m.overdue = true;
          b.m.supervisionLevel = Math.max(b.m.supervisionLevel, level) as Matter['supervisionLevel'];
          b.emit(`supervision_${level}`, { data: { handleBy, level, overdue: true } }, SCHEDULER);
        },
      });
    }
  }
  if (m.status === 'awaiting_rating' && rateBy) {
    // CS Art.26: no rating within 72 hours → closed as basically satisfied.
    out.push({
      timer: 'rate',
      level: 0,
      dueAt: ms(rateBy),
      apply: (b) => {
        b.m.rating = { result: 'basically_satisfied', comment: null, source: 'timeout', at: at(b.ctx.now) };
        b.close({ source: 'timeout' });
      },
    });
  }
  return out.sort((a, b) => a.dueAt - b.dueAt);
}

/** Timer actions due at ctx.now, in firing order. */
export const dueActions = (m: Matter, ctx: Ctx): TimerAction[] => pendingTimers(m, ctx).filter((t) => ctx.now > t.dueAt);

/** The instant (epoch ms) after which the sweep must look at the matter again; null when no timer runs. */
export function nextDueAt(m: Matter, ctx: Omit<Ctx, 'now'>): number | null {
  const first = pendingTimers(m, ctx)[0];
  return first ? first.dueAt : null;
}
