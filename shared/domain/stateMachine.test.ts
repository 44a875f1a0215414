import {
  center,
  citizen,
  ctxAt,
  matterIn,
  newMatter,
  otherCitizen,
  run,
  scheduler,
  unitA,
  unitB,
  unitC,
  admin,
} from '../../tests/fixtures/matters';
import type { Command, CommandType } from './commands';
import { DomainError } from './errors';
import { decide, nextDueAt, pendingTimers } from './stateMachine';
import { COMMAND_TYPES, TRANSITIONS } from './transitions';
import { STATUSES, type Actor, type Matter, type Status } from './types';

/** A valid example body for each command, so only the state machine's own rules decide. */
const EXAMPLES: Record<CommandType, Command> = {
  answer: { type: 'answer', answer: '可在政务服务网办理' },
  decline: { type: 'decline', reason: 'litigation', guidance: '请向人民法院起诉' },
  dispatch: { type: 'dispatch', leadUnitId: 'u-c' },
  accept: { type: 'accept' },
  'return-request': { type: 'return-request', reason: '不属于本单位职责', basis: '三定方案' },
  'return-review': { type: 'return-review', decision: 'reject', note: '属于你单位职责' },
  designate: { type: 'designate', leadUnitId: 'u-c', basis: '市政府指定' },
  extension: { type: 'extension', reason: '需要协调多个部门' },
  supplement: { type: 'supplement', content: '补充：路灯编号 A-12' },
  'restart-clock': { type: 'restart-clock', reason: 'new_information' },
  reply: { type: 'reply', process: '现场处理', result: '已解决', handledAt: '2026-11-03T10:00:00+08:00', contactedRequestor: true },
  'reply-review': { type: 'reply-review', decision: 'compliant' },
  rating: { type: 'rating', result: 'satisfied' },
  withdraw: { type: 'withdraw' },
  'terminate-request': { type: 'terminate-request', reason: 'out_of_scope', explanation: '属于司法程序' },
  'terminate-review': { type: 'terminate-review', decision: 'approve' },
  'long-term': { type: 'long-term' },
  'progress-report': { type: 'progress-report', content: '已完成一期工程' },
  appeal: { type: 'appeal', evidence: '通话录音证明已解决' },
  'appeal-review': { type: 'appeal-review', decision: 'approve' },
  note: { type: 'note', content: '协办意见' },
  'extension-review': { type: 'extension-review', decision: 'approve' },
  'callback-decision': { type: 'callback-decision', decision: 'rehandle' },
  supervise: { type: 'supervise', level: 2, reason: 'media', note: '电视台曝光' },
  tick: { type: 'tick' },
};

/** An actor who passes role and authority for `type` on `m` (when anyone can). */
function authorisedActor(type: CommandType, m: Matter): Actor {
  const role = TRANSITIONS[type].roles[0];
  if (role === 'citizen') return citizen;
  if (role === 'unit') return { role: 'unit', unitId: m.leadUnitId ?? 'u-a' };
  if (role === 'scheduler') return scheduler;
  return center;
}

const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'OK';
};

const WHEN = '2026-11-03 14:00';

describe('transition table: every unlisted (status, command) pair is refused', () => {
  const pairs = STATUSES.flatMap((s) => COMMAND_TYPES.filter((c) => !TRANSITIONS[c].from.includes(s)).map((c) => [s, c] as const));
  it('has a forbidden set to walk', () => expect(pairs.length).toBeGreaterThan(100));
  it.each(pairs)('%s × %s', (status, type) => {
    const m = matterIn(status);
    const actor = authorisedActor(type, m);
    const unitAuthority = ['lead_unit', 'involved_unit'].includes(TRANSITIONS[type].authority);
    const expected = unitAuthority && actor.role === 'unit' && !m.leadUnitId ? 'FORBIDDEN' : 'INVALID_TRANSITION';
    expect(code(() => decide(m, EXAMPLES[type], actor, ctxAt(WHEN)))).toBe(expected);
  });
});

describe('roles: a role not in the rule is refused', () => {
  const everyone: Actor[] = [citizen, center, unitA, admin, scheduler];
  const cases = COMMAND_TYPES.flatMap((c) =>
    everyone.filter((a) => !TRANSITIONS[c].roles.includes(a.role)).map((a) => [c, a.role, a] as const),
  );
  it.each(cases)('%s by %s → FORBIDDEN', (type, _role, actor) => {
    const m = matterIn(TRANSITIONS[type].from[0]);
    expect(code(() => decide(m, EXAMPLES[type], actor, ctxAt(WHEN)))).toBe('FORBIDDEN');
  });

  it("another citizen's matter is not found, not forbidden", () => {
    expect(code(() => decide(matterIn('in_progress'), EXAMPLES.supplement, otherCitizen, ctxAt(WHEN)))).toBe('NOT_FOUND');
  });
  it('a co-unit may add notes but not act as lead', () => {
    const m = matterIn('in_progress');
    expect(code(() => decide(m, EXAMPLES.note, unitB, ctxAt(WHEN)))).toBe('OK');
    expect(code(() => decide(m, EXAMPLES.extension, unitB, ctxAt(WHEN)))).toBe('FORBIDDEN');
    expect(code(() => decide(m, EXAMPLES.note, unitC, ctxAt(WHEN)))).toBe('FORBIDDEN');
  });
});

describe('every listed transition can be walked', () => {
  const listed: Array<[Status, CommandType]> = STATUSES.flatMap((s) =>
    COMMAND_TYPES.filter((c) => TRANSITIONS[c].from.includes(s)).map((c) => [s, c] as [Status, CommandType]),
  );
  // Guards that need more set-up than the ordinary path; each is covered by a dedicated test below.
  const guarded = new Set([
    'received/answer', // consultation only
    'dispatched/designate',
    'return_requested/designate',
    'in_progress/designate', // difficult only
    'dispatched/restart-clock',
    'in_progress/restart-clock', // needs a supplement first
    'in_progress/progress-report', // long-term only
    'in_progress/terminate-review', // needs a request
    'in_progress/appeal',
    'closed/appeal', // Changsha, unsatisfied only
    'in_progress/appeal-review',
    'closed/appeal-review',
    'in_progress/return-request', // Changsha, after signing (centreRules.test.ts)
    'in_progress/extension-review', // needs a request (Changsha)
    'awaiting_rating/callback-decision', // needs a callback task (Changsha)
  ]);
  it.each(listed.filter(([s, c]) => !guarded.has(`${s}/${c}`)))('%s → %s applies', (status, type) => {
    const m = matterIn(status);
    const when = type === 'tick' ? '2026-12-31 12:00' : WHEN;
    const d = decide(m, EXAMPLES[type], authorisedActor(type, m), ctxAt(when));
    expect(d.events.length).toBeGreaterThan(0);
    expect(d.matter.version).toBe(m.version + d.events.length);
    d.events.forEach((e, i) => expect(e.version).toBe(m.version + i + 1));
  });
});

describe('Guangzhou journey with working-day deadlines', () => {
  it('submit → dispatch → accept → extension → reply → review → unsatisfied → re-handle → satisfied', () => {
    const created = newMatter('2026-11-02 10:00');
    expect(created.matter.status).toBe('received');
    // GZ Art.13: dispatch within 1 WD from the day following receipt.
    expect(created.matter.deadlines.dispatchBy).toEqual({ at: '2026-11-03T23:59:59.999+08:00', provisional: false });

    const d1 = run(created.matter, [[{ type: 'dispatch', leadUnitId: 'u-a' }, center, '2026-11-02 11:00']]);
    // GZ Art.14: 2 WD check window; GZ Art.17: 10 WD for a complaint.
    expect(d1.matter.deadlines.checkBy?.at).toBe('2026-11-04T23:59:59.999+08:00');
    expect(d1.matter.deadlines.handleBy?.at).toBe('2026-11-16T23:59:59.999+08:00');
    expect(d1.events[0].data).toMatchObject({ onTime: true });

    const d2 = run(d1.matter, [
      [{ type: 'accept' }, unitA, '2026-11-03 09:00'],
      [{ type: 'extension', reason: '需协调供电部门' }, unitA, '2026-11-10 09:00'],
    ]);
    // GZ Art.18: one more handling period added to the current deadline.
    expect(d2.matter.deadlines.handleBy?.at).toBe('2026-11-30T23:59:59.999+08:00');
    expect(d2.events.map((e) => e.type)).toEqual(['accepted', 'extended']);
    expect(d2.events[1]).toMatchObject({ note: '需协调供电部门', data: { handleBy: { at: '2026-11-30T23:59:59.999+08:00' } } });

    const d3 = run(d2.matter, [
      [EXAMPLES.reply, unitA, '2026-11-20 10:00'],
      [{ type: 'reply-review', decision: 'compliant' }, center, '2026-11-20 11:00'],
      [{ type: 'rating', result: 'unsatisfied', comment: '灯还是不亮' }, citizen, '2026-11-21 09:00'],
    ]);
    expect(d3.matter.status).toBe('in_progress');
    expect(d3.matter.rehandling).toBe(true);
    expect(d3.matter.counts.rehandles).toBe(1);
    expect(d3.events.map((e) => e.type)).toEqual(['replied', 'reply_approved', 'rated', 'rehandling']);
    // Fresh handling period from the rating (Sat 11-21 → 10 WD from Mon 11-23 → Fri 12-04).
    expect(d3.matter.deadlines.handleBy?.at).toBe('2026-12-04T23:59:59.999+08:00');
    // GZ Art.20: no extension while re-handling.
    expect(code(() => decide(d3.matter, EXAMPLES.extension, unitA, ctxAt('2026-11-24 09:00')))).toBe('INVALID_TRANSITION');

    const d4 = run(d3.matter, [
      [EXAMPLES.reply, unitA, '2026-11-25 10:00'],
      [{ type: 'reply-review', decision: 'compliant' }, center, '2026-11-25 11:00'],
      [{ type: 'rating', result: 'satisfied' }, citizen, '2026-11-25 12:00'],
    ]);
    expect(d4.matter.status).toBe('closed');
    expect(d4.matter.rating).toMatchObject({ result: 'satisfied', source: 'requestor' });
    expect(d4.matter.version).toBe(1 + d1.events.length + d2.events.length + d3.events.length + d4.events.length);
  });

  it('a second unsatisfied rating closes the matter and puts it under supervision (CS Art.34(3))', () => {
    const m = matterIn('awaiting_rating');
    const r = run(m, [
      [{ type: 'rating', result: 'unsatisfied' }, citizen, '2026-11-04 09:00'],
      [EXAMPLES.reply, unitA, '2026-11-05 09:00'],
      [{ type: 'reply-review', decision: 'compliant' }, center, '2026-11-05 10:00'],
      [{ type: 'rating', result: 'unsatisfied', comment: '仍未解决' }, citizen, '2026-11-05 11:00'],
    ]);
    expect(r.matter.status).toBe('closed');
    expect(r.matter.rating?.result).toBe('unsatisfied');
    expect(r.matter.supervisionLevel).toBeGreaterThanOrEqual(1);
  });

  it('the centre records a callback rating (WF Art.25)', () => {
    const r = decide(matterIn('awaiting_rating'), { type: 'rating', result: 'basically_satisfied' }, center, ctxAt(WHEN));
    expect(r.matter.rating).toMatchObject({ result: 'basically_satisfied', source: 'callback' });
  });
});

describe('returns (GZ Art.14–16)', () => {
  const request: Command = { type: 'return-request', reason: '不属于本单位职责', basis: '三定方案' };
  it('approve re-dispatches with fresh timers and counts the return', () => {
    const m = matterIn('return_requested');
    const r = decide(m, { type: 'return-review', decision: 'approve', leadUnitId: 'u-c' }, center, ctxAt('2026-11-05 10:00'));
    expect(r.matter).toMatchObject({ status: 'dispatched', leadUnitId: 'u-c', counts: { returns: 1 }, difficult: false });
    expect(r.matter.deadlines.checkBy?.at).toBe('2026-11-09T23:59:59.999+08:00');
    expect(r.matter.deadlines.handleBy?.at).toBe('2026-11-19T23:59:59.999+08:00');
  });
  it('reject continues under the original deadline, less the centre\'s review time (docs/rules.md §4)', () => {
    const m = matterIn('return_requested'); // asked Mon 11-02 12:00 with handleBy Mon 11-16: 10 WD left
    const same = decide(m, { type: 'return-review', decision: 'reject', note: '属于你单位职责' }, center, ctxAt('2026-11-02 16:00'));
    expect(same.matter.deadlines.handleBy).toEqual(m.deadlines.handleBy);
    const r = decide(m, { type: 'return-review', decision: 'reject', note: '属于你单位职责' }, center, ctxAt('2026-11-05 10:00'));
    expect(r.matter.status).toBe('in_progress');
    // Three working days in the centre's hands are given back: 10 WD from Thu 11-05.
    expect(r.matter.deadlines.handleBy?.at).toBe('2026-11-19T23:59:59.999+08:00');
    expect(r.matter.counts.returns).toBe(0);
  });
  it('joint keeps the first unit as lead with co-units and restarts the clock', () => {
    const m = matterIn('return_requested');
    const r = decide(m, { type: 'return-review', decision: 'joint', coUnitIds: ['u-c'] }, center, ctxAt('2026-11-05 10:00'));
    expect(r.matter).toMatchObject({ status: 'in_progress', leadUnitId: 'u-a' });
    expect(r.matter.coUnitIds).toEqual(expect.arrayContaining(['u-b', 'u-c']));
    expect(r.matter.deadlines.handleBy?.at).toBe('2026-11-19T23:59:59.999+08:00');
  });
  it('a return request after the check window → DEADLINE_PASSED', () => {
    const m = matterIn('dispatched'); // checkBy = 11-04 end
    expect(code(() => decide(m, request, unitA, ctxAt('2026-11-04 23:59')))).toBe('OK');
    expect(code(() => decide(m, request, unitA, ctxAt('2026-11-05 00:00')))).toBe('DEADLINE_PASSED');
  });
  it('three returns make the matter difficult; no more returns; the centre designates', () => {
    let m = matterIn('dispatched');
    const units = ['u-a', 'u-b', 'u-c', 'u-d'];
    for (let i = 0; i < 3; i++) {
      const lead: Actor = { role: 'unit', unitId: units[i] };
      m = run(m, [
        [request, lead, '2026-11-02 13:00'],
        [{ type: 'return-review', decision: 'approve', leadUnitId: units[i + 1] }, center, '2026-11-02 14:00'],
      ]).matter;
      expect(m.difficult).toBe(i + 1 >= 3); // "3次以上" includes 3
    }
    expect(m.counts.returns).toBe(3);
    expect(code(() => decide(m, request, { role: 'unit', unitId: 'u-d' }, ctxAt('2026-11-02 15:00')))).toBe('INVALID_TRANSITION');
    const d = decide(m, { type: 'designate', leadUnitId: 'u-d', basis: '市政府指定' }, center, ctxAt('2026-11-02 15:00'));
    expect(d.matter).toMatchObject({ status: 'in_progress', leadUnitId: 'u-d', difficult: true });
    expect(code(() => decide(matterIn('in_progress'), EXAMPLES.designate, center, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
  });
});

describe('extensions (GZ Art.18, CS Art.20, WF Art.20)', () => {
  it('Guangzhou allows two, the third → LIMIT_REACHED', () => {
    const m = run(matterIn('in_progress'), [
      [EXAMPLES.extension, unitA, '2026-11-03 09:00'],
      [EXAMPLES.extension, unitA, '2026-11-04 09:00'],
    ]).matter;
    expect(m.counts.extensions).toBe(2);
    expect(code(() => decide(m, EXAMPLES.extension, unitA, ctxAt('2026-11-05 09:00')))).toBe('LIMIT_REACHED');
  });
  it('Changsha allows one; Weifang none', () => {
    const cs = run(matterIn('in_progress', 'changsha'), [
      [EXAMPLES.extension, unitA, '2026-11-03 09:00'],
      [EXAMPLES['extension-review'], center, '2026-11-03 10:00'], // CS Art.21
    ], 'changsha').matter;
    expect(code(() => decide(cs, EXAMPLES.extension, unitA, ctxAt('2026-11-04 09:00', 'changsha')))).toBe('LIMIT_REACHED');
    expect(code(() => decide(matterIn('in_progress', 'weifang'), EXAMPLES.extension, unitA, ctxAt(WHEN, 'weifang')))).toBe('LIMIT_REACHED');
  });
  it('after the handling deadline → DEADLINE_PASSED', () => {
    const m = matterIn('in_progress'); // handleBy 11-16 end
    expect(code(() => decide(m, EXAMPLES.extension, unitA, ctxAt('2026-11-16 23:59')))).toBe('OK');
    expect(code(() => decide(m, EXAMPLES.extension, unitA, ctxAt('2026-11-17 00:00')))).toBe('DEADLINE_PASSED');
  });
});

describe('reply review and clock restarts', () => {
  it('a non-compliant reply goes back under the original deadline (GZ Art.19)', () => {
    const m = matterIn('reply_review');
    const r = decide(m, { type: 'reply-review', decision: 'non_compliant', note: '未说明处理结果' }, center, ctxAt(WHEN));
    expect(r.matter.status).toBe('in_progress');
    expect(r.matter.deadlines.handleBy).toEqual(m.deadlines.handleBy);
    expect(code(() => decide(m, { type: 'reply-review', decision: 'non_compliant' }, center, ctxAt(WHEN)))).toBe('VALIDATION_FAILED');
  });
  it('supplement then restart-clock by the lead unit (GZ Art.17 ¶2)', () => {
    const m = matterIn('in_progress');
    expect(code(() => decide(m, EXAMPLES['restart-clock'], unitA, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
    const r = run(m, [
      [EXAMPLES.supplement, citizen, '2026-11-05 09:00'],
      [EXAMPLES['restart-clock'], unitA, '2026-11-05 10:00'],
    ]);
    expect(r.matter.deadlines.handleBy?.at).toBe('2026-11-19T23:59:59.999+08:00');
    expect(r.events.map((e) => e.type)).toEqual(['supplemented', 'clock_restarted']);
  });
  it('the centre restarts only for force majeure', () => {
    const m = matterIn('in_progress');
    expect(code(() => decide(m, EXAMPLES['restart-clock'], center, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
    expect(code(() => decide(m, { type: 'restart-clock', reason: 'force_majeure' }, center, ctxAt(WHEN)))).toBe('OK');
  });
  it('withdraw is refused once a reply exists', () => {
    expect(code(() => decide(matterIn('reply_review'), EXAMPLES.withdraw, citizen, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
    expect(decide(matterIn('in_progress'), EXAMPLES.withdraw, citizen, ctxAt(WHEN)).matter.status).toBe('withdrawn');
  });
  it('a consultation is answered on the spot; other categories are not', () => {
    const c = newMatter('2026-11-02 10:00', { category: 'consultation' }).matter;
    const r = decide(c, EXAMPLES.answer, center, ctxAt('2026-11-02 10:05'));
    expect(r.matter.status).toBe('awaiting_rating');
    expect(r.matter.deadlines.rateBy?.at).toBe('2026-11-05T10:05:00.000+08:00');
    expect(code(() => decide(matterIn('received'), EXAMPLES.answer, center, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
  });
  it('long-term matters report progress; terminate needs the centre', () => {
    const lt = run(matterIn('in_progress'), [
      [{ type: 'long-term' }, center, '2026-11-03 09:00'],
      [EXAMPLES['progress-report'], unitA, '2026-11-10 09:00'],
    ]);
    expect(lt.events.map((e) => e.type)).toEqual(['long_term', 'progress_reported']);
    expect(code(() => decide(matterIn('in_progress'), EXAMPLES['progress-report'], unitA, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
    expect(code(() => decide(matterIn('in_progress'), EXAMPLES['terminate-review'], center, ctxAt(WHEN)))).toBe('INVALID_TRANSITION');
  });
  it('Changsha: the unit appeals an unsatisfied rating within 5 WD (CS Art.27); Guangzhou has no appeal', () => {
    const cs = run(matterIn('awaiting_rating', 'changsha'), [
      [{ type: 'rating', result: 'unsatisfied' }, citizen, '2026-11-04 09:00'],
      [{ type: 'callback-decision', decision: 'rehandle' }, center, '2026-11-04 10:00'], // CS Art.26
    ], 'changsha').matter;
    expect(code(() => decide(cs, EXAMPLES.appeal, unitA, ctxAt('2026-11-12 00:00', 'changsha')))).toBe('DEADLINE_PASSED');
    const a = run(cs, [
      [EXAMPLES.appeal, unitA, '2026-11-11 09:00'],
      [EXAMPLES['appeal-review'], center, '2026-11-11 10:00'],
    ], 'changsha');
    expect(a.matter.rating?.excluded).toBe(true);
    const gz = run(matterIn('awaiting_rating'), [[{ type: 'rating', result: 'unsatisfied' }, citizen, '2026-11-04 09:00']]).matter;
    expect(code(() => decide(gz, EXAMPLES.appeal, unitA, ctxAt('2026-11-05 09:00')))).toBe('INVALID_TRANSITION');
  });
});

describe('timers and the escalation ladder (docs/rules.md §4)', () => {
  const tick = (m: Matter, when: string) => decide(m, { type: 'tick' }, scheduler, ctxAt(when));

  it('dispatch overdue alerts the centre once', () => {
    const m = matterIn('received'); // dispatchBy 11-03 end
    expect(tick(m, '2026-11-03 23:59').events).toHaveLength(0);
    const t = tick(m, '2026-11-04 00:00');
    expect(t.events.map((e) => e.type)).toEqual(['dispatch_overdue']);
    expect(tick(t.matter, '2026-11-05 00:00').events).toHaveLength(0);
    // Dispatching late is recorded as a frozen fact.
    expect(decide(t.matter, EXAMPLES.dispatch, center, ctxAt('2026-11-04 09:00')).events[0].data).toMatchObject({ onTime: false });
  });

  it('no action in the check window → deemed accepted (GZ Art.14 ¶2)', () => {
    const m = matterIn('dispatched'); // checkBy 11-04 end
    expect(tick(m, '2026-11-04 23:59').events).toHaveLength(0);
    const t = tick(m, '2026-11-05 00:00');
    expect(t.events.map((e) => e.type)).toEqual(['deemed_accepted']);
    expect(t.matter.status).toBe('in_progress');
  });

  it('warning, then levels 1, 2 and 3 at their boundaries, each once', () => {
    const m = matterIn('in_progress'); // handleBy Mon 11-16 end
    expect(tick(m, '2026-11-13 23:59').events).toHaveLength(0);
    const w = tick(m, '2026-11-14 00:00'); // ≤ 1 WD left
    expect(w.events.map((e) => e.type)).toEqual(['warning']);
    expect(tick(w.matter, '2026-11-16 23:59').events).toHaveLength(0);
    const l1 = tick(w.matter, '2026-11-17 00:00');
    expect(l1.events.map((e) => e.type)).toEqual(['supervision_1']);
    expect(l1.matter).toMatchObject({ overdue: true, supervisionLevel: 1 });
    expect(l1.events[0].data).toMatchObject({ level: 1, overdue: true });
    expect(tick(l1.matter, '2026-11-18 23:59').events).toHaveLength(0);
    const l2 = tick(l1.matter, '2026-11-19 00:00');
    expect(l2.events.map((e) => e.type)).toEqual(['supervision_2']);
    expect(tick(l2.matter, '2026-11-23 23:59').events).toHaveLength(0);
    const l3 = tick(l2.matter, '2026-11-24 00:00');
    expect(l3.events.map((e) => e.type)).toEqual(['supervision_3']);
    expect(l3.matter.supervisionLevel).toBe(3);
    expect(tick(l3.matter, '2026-12-31 00:00').events).toHaveLength(0);
    expect(nextDueAt(l3.matter, ctxAt(0))).toBeNull();
  });

  it('a sweep that missed days fires each level once, in order, without a late warning', () => {
    const t = tick(matterIn('in_progress'), '2026-12-01 00:00');
    expect(t.events.map((e) => e.type)).toEqual(['supervision_1', 'supervision_2', 'supervision_3']);
    expect(t.events.map((e) => e.version)).toEqual([4, 5, 6]);
  });

  it('no rating by rateBy → closed as basically satisfied (CS Art.26)', () => {
    const m = matterIn('awaiting_rating'); // compliant at 11-03 12:00 → rateBy 11-06 12:00
    expect(m.deadlines.rateBy?.at).toBe('2026-11-06T12:00:00.000+08:00');
    expect(tick(m, '2026-11-06 12:00').events).toHaveLength(0);
    const t = tick(m, '2026-11-06 12:01');
    expect(t.matter).toMatchObject({ status: 'closed', rating: { result: 'basically_satisfied', source: 'timeout' } });
    expect(t.events.map((e) => e.type)).toEqual(['closed']);
  });

  it('nextDueAt is the earliest pending timer', () => {
    const m = matterIn('dispatched');
    const timers = pendingTimers(m, ctxAt(0));
    expect(timers.map((t) => `${t.timer}:${t.level}`)).toEqual(['check:0', 'handle:0', 'handle:1', 'handle:2', 'handle:3']);
    expect(nextDueAt(m, ctxAt(0))).toBe(Date.parse(m.deadlines.checkBy!.at));
  });
});
