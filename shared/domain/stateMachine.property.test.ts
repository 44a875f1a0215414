/**
 * Properties of the state machine under random command sequences (fast-check): whatever people and the scheduler do,
 * in whatever order, the invariants of docs/rules.md §2–§4 hold.
 */
import fc from 'fast-check';
import { calendar, center, citizen, ctxAt, newMatter, scheduler } from '../../tests/fixtures/matters';
import type { Command } from './commands';
import { DomainError } from './errors';
import { decide } from './stateMachine';
import { isTerminal } from './statusGroups';
import type { Actor, Matter } from './types';
import { getPolicy, POLICY_NAMES } from '../policy';

const UNITS = ['u-a', 'u-b', 'u-c', 'u-d'];
const unit = (id: string): Actor => ({ role: 'unit', unitId: id });

/** A random step: a command, who gives it, and how long after the previous step (minutes). */
const step = fc.record({
  pick: fc.nat(),
  unitPick: fc.nat(),
  minutes: fc.integer({ min: 1, max: 6 * 24 * 60 }),
  decision: fc.constantFrom('approve', 'reject', 'joint'),
  rating: fc.constantFrom('satisfied', 'basically_satisfied', 'unsatisfied'),
});

function commandFor(s: { pick: number; unitPick: number; decision: string; rating: string }, m: Matter): [Command, Actor] {
  const u = UNITS[s.unitPick % UNITS.length];
  const lead = unit(m.leadUnitId ?? u);
  const options: Array<[Command, Actor]> = [
    [{ type: 'dispatch', leadUnitId: u }, center],
    [{ type: 'accept' }, lead],
    [{ type: 'return-request', reason: '不属于本单位', basis: '三定' }, lead],
    [{ type: 'return-review', decision: s.decision as 'approve', leadUnitId: u, coUnitIds: [UNITS[(s.unitPick + 1) % 4]], note: '意见' }, center],
    [{ type: 'designate', leadUnitId: u, basis: '指定' }, center],
    [{ type: 'extension', reason: '协调' }, lead],
    [{ type: 'supplement', content: '补充情况' }, citizen],
    [{ type: 'restart-clock', reason: 'new_information' }, lead],
    [{ type: 'reply', process: '处理', result: '结果', handledAt: '2026-11-03T10:00:00+08:00', contactedRequestor: true }, lead],
    [{ type: 'reply-review', decision: s.decision === 'reject' ? 'non_compliant' : 'compliant', note: '补充' }, center],
    [{ type: 'rating', result: s.rating as 'satisfied' }, citizen],
    [{ type: 'withdraw' }, citizen],
    [{ type: 'terminate-request', reason: 'out_of_scope', explanation: '说明' }, lead],
    [{ type: 'terminate-review', decision: s.decision === 'approve' ? 'approve' : 'reject' }, center],
    [{ type: 'long-term' }, center],
    [{ type: 'progress-report', content: '进展' }, lead],
    [{ type: 'decline', reason: 'petition', guidance: '信访' }, center],
    [{ type: 'tick' }, scheduler],
    [{ type: 'tick' }, scheduler],
    [{ type: 'tick' }, scheduler],
  ];
  return options[s.pick % options.length];
}

const isDeadlineEnd = (at: string) => /T23:59:59\.999\+08:00$/.test(at);

describe.each(POLICY_NAMES)('random command sequences under %s', (policyName) => {
  const policy = getPolicy(policyName);
  it('keep every invariant', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        let now = Date.parse('2026-11-02T10:00:00+08:00');
        let m = newMatter(now, { policy: policyName }).matter;
        let events = 1;
        for (const s of steps) {
          now += s.minutes * 60_000;
          const [cmd, actor] = commandFor(s, m);
          const before = m;
          let next: Matter;
          try {
            const d = decide(m, cmd, actor, { ...ctxAt(now, policyName), calendar });
            next = d.matter;
            // One event per version, contiguous.
            d.events.forEach((e, i) => expect(e.version).toBe(before.version + i + 1));
            events += d.events.length;
            expect(next.version).toBe(events);
          } catch (e) {
            if (!(e instanceof DomainError)) throw e;
            // A refused command changes nothing.
            continue;
          }
          // Terminal states absorb: nothing moves a matter out of them (an appeal may annotate a closed rating).
          if (isTerminal(before.status)) expect(next.status).toBe(before.status);
          // Counts never exceed the policy.
          expect(next.counts.extensions).toBeLessThanOrEqual(policy.maxExtensions);
          expect(next.counts.rehandles).toBeLessThanOrEqual(policy.maxRehandles);
          // A rejected return never moves the deadline.
          if (cmd.type === 'return-review' && cmd.decision === 'reject') expect(next.deadlines.handleBy).toEqual(before.deadlines.handleBy);
          // Re-handling never allows an extension.
          if (before.rehandling && cmd.type === 'extension') throw new Error('extension applied while re-handling');
          // Every working-day deadline is the end of a working day in Shanghai time.
          for (const d of [next.deadlines.dispatchBy, next.deadlines.checkBy, next.deadlines.handleBy]) {
            if (!d) continue;
            expect(isDeadlineEnd(d.at)).toBe(true);
            expect(calendar.isWorkingDay(d.at.slice(0, 10))).toBe(true);
          }
          // Supervision only ever rises.
          expect(next.supervisionLevel).toBeGreaterThanOrEqual(before.supervisionLevel);
          // Difficult once three returns are approved; then no return request is possible.
          if (next.counts.returns >= policy.difficultAfterReturns) expect(next.difficult).toBe(true);
          m = next;
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
