/**
 * The centre's judgment where the regulations give it, per policy (docs/rules.md): each rule tried under all three
 * profiles where it differs. Calendar: Mon 2026-11-02 … no holidays for weeks around it.
 */
import { center, citizen, ctxAt, matterIn, newMatter, run, scheduler, unitA, unitB } from '../../tests/fixtures/matters';
import type { PolicyName } from '../policy';
import type { Command } from './commands';
import { DomainError } from './errors';
import { notificationsFor } from './notifications';
import { decide, type Decision } from './stateMachine';
import type { Actor, Matter } from './types';

const POLICIES: PolicyName[] = ['guangzhou', 'changsha', 'weifang'];
const end = (day: string) => `${day}T23:59:59.999+08:00`;
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'OK';
};
const act = (m: Matter, c: Command, a: Actor, when: string, p: PolicyName): Decision => decide(m, c, a, ctxAt(when, p));
const tick = (m: Matter, when: string, p: PolicyName) => act(m, { type: 'tick' }, scheduler, when, p);
const types = (d: Decision) => d.events.map((e) => e.type);
const dispatched = (p: PolicyName, category: 'complaint' | 'consultation' = 'complaint') =>
  act(newMatter('2026-11-02 10:00', { policy: p, category }).matter, { type: 'dispatch', leadUnitId: 'u-a' }, center, '2026-11-02 11:00', p).matter;
const RETURN: Command = { type: 'return-request', reason: '不属于本单位职责', basis: '三定方案' };
const UNSATISFIED: Command = { type: 'rating', result: 'unsatisfied', comment: '没有解决' };

describe('an answered consultation rated unsatisfied returns to the centre (GZ Art.13(1), GZ Art.20)', () => {
  it.each(POLICIES)('%s: back to received with a new dispatch deadline; answer again or dispatch', (p) => {
    const answered = run(newMatter('2026-11-02 10:00', { policy: p, category: 'consultation' }).matter, [
      [{ type: 'answer', answer: '可在政务服务网办理' }, center, '2026-11-02 11:00'],
      [UNSATISFIED, citizen, '2026-11-02 12:00'],
    ], p).matter;
    // CS Art.26: Changsha calls back first and the centre decides to handle it again.
    const m = p === 'changsha' ? act(answered, { type: 'callback-decision', decision: 'rehandle' }, center, '2026-11-02 15:00', p).matter : answered;
    expect(m).toMatchObject({ status: 'received', leadUnitId: null, rehandling: true, counts: { rehandles: 1 }, reply: null });
    expect(m.deadlines.dispatchBy?.at).toBe(end('2026-11-03')); // GZ Art.13: 1 WD
    expect(code(() => act(m, { type: 'dispatch', leadUnitId: 'u-a' }, center, '2026-11-03 09:00', p))).toBe('OK');
    // Answered again and rated unsatisfied again: closed under supervision (CS Art.34(3)).
    const again = run(m, [
      [{ type: 'answer', answer: '已电话详细解释办理流程' }, center, '2026-11-03 09:00'],
      [UNSATISFIED, citizen, '2026-11-03 10:00'],
    ], p).matter;
    expect(again).toMatchObject({ status: 'closed', supervisionLevel: 1 });
  });
  it('the reopening is announced to the citizen and the centre; an overdue re-dispatch alerts the centre', () => {
    const m = run(newMatter('2026-11-02 10:00', { category: 'consultation' }).matter, [[{ type: 'answer', answer: '可在政务服务网办理' }, center, '2026-11-02 11:00']]).matter;
    const d = act(m, UNSATISFIED, citizen, '2026-11-02 12:00', 'guangzhou');
    expect(types(d)).toEqual(['rated', 'reopened']);
    expect(notificationsFor(d.matter, d.events).filter((n) => n.type === 'reopened').map((n) => n.audience)).toEqual(['citizen', 'center']);
    expect(types(tick(d.matter, '2026-11-04 00:00', 'guangzhou'))).toEqual(['dispatch_overdue']);
  });
});

describe('signing (CS Art.17, 19); Guangzhou and Weifang keep accept-closes-returns (GZ Art.14)', () => {
  it('Changsha: sign by the next WD; handling counts from signing; until then the deadline as if signed at the deadline', () => {
    const m = dispatched('changsha'); // Mon 11-02 11:00
    expect(m.signBy?.at).toBe(end('2026-11-03'));
    expect(m.deadlines.checkBy?.at).toBe(end('2026-11-05')); // 2 WD after the signing deadline's day
    expect(m.deadlines.handleBy?.at).toBe(end('2026-11-17')); // 10 WD from Tue 11-03
    const signed = act(m, { type: 'accept' }, unitA, '2026-11-02 12:00', 'changsha').matter;
    expect(signed).toMatchObject({ status: 'in_progress', signedAt: '2026-11-02T12:00:00.000+08:00' });
    expect(signed.deadlines.handleBy?.at).toBe(end('2026-11-16')); // 10 WD from Mon 11-02
    expect(signed.deadlines.checkBy?.at).toBe(end('2026-11-04')); // return until 2 WD after the signing day
    // CS Art.17(2): a return after signing, inside the window; refused once it has passed.
    expect(act(signed, RETURN, unitA, '2026-11-04 15:00', 'changsha').matter.status).toBe('return_requested');
    expect(code(() => act(signed, RETURN, unitA, '2026-11-05 00:00', 'changsha'))).toBe('DEADLINE_PASSED');
  });
  it('Changsha: a late signature buys no time; the return window follows the real signing day', () => {
    const late = act(dispatched('changsha'), { type: 'accept' }, unitA, '2026-11-04 10:00', 'changsha').matter;
    expect(late.deadlines.handleBy?.at).toBe(end('2026-11-17')); // from the signing deadline's day, not Wed
    expect(late.deadlines.checkBy?.at).toBe(end('2026-11-06'));
  });
  it('Changsha: unsigned past the deadline alerts the centre; neither signed nor returned → deemed signed at the deadline', () => {
    const m = dispatched('changsha');
    expect(types(tick(m, '2026-11-03 23:59', 'changsha'))).toEqual([]);
    const alerted = tick(m, '2026-11-04 00:00', 'changsha');
    expect(types(alerted)).toEqual(['sign_overdue']);
    expect(notificationsFor(alerted.matter, alerted.events).map((n) => n.audience)).toEqual(['center', 'unit']);
    expect(types(tick(alerted.matter, '2026-11-05 12:00', 'changsha'))).toEqual([]);
    // Still unsigned, the unit may ask to return until the end of Thu 11-05.
    expect(act(alerted.matter, RETURN, unitA, '2026-11-05 15:00', 'changsha').matter.status).toBe('return_requested');
    const deemed = tick(alerted.matter, '2026-11-06 00:00', 'changsha');
    expect(types(deemed)).toEqual(['deemed_accepted']);
    expect(deemed.matter).toMatchObject({ status: 'in_progress', signedAt: end('2026-11-03') });
    expect(deemed.matter.deadlines.handleBy?.at).toBe(end('2026-11-17'));
    expect(code(() => act(deemed.matter, RETURN, unitA, '2026-11-06 09:00', 'changsha'))).toBe('INVALID_TRANSITION');
  });
  it.each(['guangzhou', 'weifang'] as const)('%s: accept closes the return option; handling counts from dispatch', (p) => {
    const m = dispatched(p);
    expect(m.signBy).toBeUndefined();
    expect(m.deadlines.checkBy?.at).toBe(end('2026-11-04')); // GZ Art.14: 2 WD of dispatch
    const accepted = act(m, { type: 'accept' }, unitA, '2026-11-03 10:00', p).matter;
    expect(accepted.deadlines.handleBy).toEqual(m.deadlines.handleBy);
    expect(code(() => act(accepted, RETURN, unitA, '2026-11-03 11:00', p))).toBe('INVALID_TRANSITION');
    expect(types(tick(m, '2026-11-04 00:00', p))).toEqual([]); // no signing alert
  });
});

describe('extension review (CS Art.21); applied at once elsewhere (GZ Art.18)', () => {
  it('Changsha: the request waits; approval adds one period and tells unit and citizen; one request only', () => {
    const m = matterIn('in_progress', 'changsha'); // signed Mon 11-02 12:00 → handleBy Mon 11-16
    const asked = act(m, { type: 'extension', reason: '需要协调多个部门' }, unitA, '2026-11-10 10:00', 'changsha');
    expect(types(asked)).toEqual(['extension_requested']);
    expect(asked.matter.deadlines.handleBy).toEqual(m.deadlines.handleBy);
    expect(asked.matter.pending).toMatchObject({ kind: 'extension', reason: '需要协调多个部门' });
    expect(code(() => act(asked.matter, { type: 'extension', reason: '再次申请' }, unitA, '2026-11-10 11:00', 'changsha'))).toBe('INVALID_TRANSITION');
    const approved = act(asked.matter, { type: 'extension-review', decision: 'approve' }, center, '2026-11-11 10:00', 'changsha');
    expect(approved.matter.deadlines.handleBy?.at).toBe(end('2026-11-30')); // + 10 WD from Mon 11-16
    expect(approved.matter.pending).toBeNull();
    const told = notificationsFor(approved.matter, approved.events);
    expect(told.map((n) => n.audience)).toEqual(['citizen', 'unit']);
    expect(told[0]).toMatchObject({ note: '需要协调多个部门', data: { handleBy: { at: end('2026-11-30') } } });
    expect(code(() => act(approved.matter, { type: 'extension', reason: '再次申请' }, unitA, '2026-11-12 10:00', 'changsha'))).toBe('LIMIT_REACHED');
  });
  it('Changsha: a rejected request leaves the old deadline and the unit keeps handling', () => {
    const m = matterIn('in_progress', 'changsha');
    const asked = act(m, { type: 'extension', reason: '需要协调多个部门' }, unitA, '2026-11-10 10:00', 'changsha').matter;
    const rejected = act(asked, { type: 'extension-review', decision: 'reject', note: '可以按期办结' }, center, '2026-11-10 15:00', 'changsha');
    expect(types(rejected)).toEqual(['extension_rejected']);
    expect(rejected.matter).toMatchObject({ status: 'in_progress', pending: null, deadlines: { handleBy: m.deadlines.handleBy } });
    expect(notificationsFor(rejected.matter, rejected.events).map((n) => n.audience)).toEqual(['unit']);
  });
  it.each(['guangzhou'] as const)('%s: an extension applies at once; there is nothing to review', (p) => {
    const m = matterIn('in_progress', p);
    const d = act(m, { type: 'extension', reason: '需要协调多个部门' }, unitA, '2026-11-10 10:00', p);
    expect(types(d)).toEqual(['extended']);
    expect(code(() => act(d.matter, { type: 'extension-review', decision: 'approve' }, center, '2026-11-10 11:00', p))).toBe('INVALID_TRANSITION');
  });
});

describe('after a first unsatisfied rating: callback (CS Art.26) or re-handling at once (GZ Art.20)', () => {
  it('Changsha: a callback task with a 1-WD timer; the centre re-handles by another unit from its decision', () => {
    const rated = act(matterIn('awaiting_rating', 'changsha'), UNSATISFIED, citizen, '2026-11-04 09:00', 'changsha');
    expect(types(rated)).toEqual(['rated', 'callback_opened']);
    expect(rated.matter).toMatchObject({ status: 'awaiting_rating', pending: { kind: 'callback' }, reviewBy: { at: end('2026-11-05') } });
    expect(rated.matter.deadlines.rateBy).toBeNull();
    expect(code(() => act(rated.matter, { type: 'rating', result: 'satisfied' }, citizen, '2026-11-04 10:00', 'changsha'))).toBe('INVALID_TRANSITION');
    expect(types(tick(rated.matter, '2026-11-05 23:59', 'changsha'))).toEqual([]);
    const late = tick(rated.matter, '2026-11-06 00:00', 'changsha');
    expect(types(late)).toEqual(['callback_overdue']);
    const d = act(late.matter, { type: 'callback-decision', decision: 'rehandle', leadUnitId: 'u-b' }, center, '2026-11-06 10:00', 'changsha');
    expect(d.matter).toMatchObject({ status: 'in_progress', leadUnitId: 'u-b', rehandling: true, pending: null, reviewBy: null });
    expect(d.matter.deadlines.handleBy?.at).toBe(end('2026-11-20')); // 10 WD from the decision
    expect(code(() => act(d.matter, { type: 'note', content: '已接手' }, unitB, '2026-11-06 11:00', 'changsha'))).toBe('OK');
  });
  it('Changsha: the centre may close with the rating kept and an explanation to the citizen', () => {
    const rated = act(matterIn('awaiting_rating', 'changsha'), UNSATISFIED, citizen, '2026-11-04 09:00', 'changsha').matter;
    expect(code(() => act(rated, { type: 'callback-decision', decision: 'close' }, center, '2026-11-04 10:00', 'changsha'))).toBe('VALIDATION_FAILED');
    const closed = act(rated, { type: 'callback-decision', decision: 'close', note: '经核实已按政策答复，诉求超出政策范围' }, center, '2026-11-04 10:00', 'changsha');
    expect(closed.matter).toMatchObject({ status: 'closed', rating: { result: 'unsatisfied' } });
    const told = notificationsFor(closed.matter, closed.events).find((n) => n.type === 'closed');
    expect(told).toMatchObject({ audience: 'citizen', note: '经核实已按政策答复，诉求超出政策范围', data: { rating: 'unsatisfied' } });
  });
  it.each(['guangzhou', 'weifang'] as const)('%s: re-handled by the same unit at once; no callback task', (p) => {
    const d = act(matterIn('awaiting_rating', p), UNSATISFIED, citizen, '2026-11-04 09:00', p);
    expect(types(d)).toEqual(['rated', 'rehandling']);
    expect(d.matter).toMatchObject({ status: 'in_progress', leadUnitId: 'u-a', pending: null });
    expect(code(() => act(d.matter, { type: 'callback-decision', decision: 'close', note: '说明' }, center, '2026-11-04 10:00', p))).toBe('INVALID_TRANSITION');
  });
});

describe('direct designation on a dispute (WF Art.22)', () => {
  it.each(POLICIES)('%s', (p) => {
    const m = matterIn('return_requested', p);
    const r = code(() => act(m, { type: 'designate', leadUnitId: 'u-b', basis: '职责争议，直接指定' }, center, '2026-11-02 15:00', p));
    expect(r).toBe(p === 'weifang' ? 'OK' : 'INVALID_TRANSITION');
  });
});

describe('manual supervision (GZ Art.23, CS Art.34, WF Art.26)', () => {
  it.each(POLICIES)('%s: at a chosen level with a reason, notified, never lowered', (p) => {
    const m = matterIn('in_progress', p);
    const d = act(m, { type: 'supervise', level: 2, reason: 'media', note: '电视台曝光' }, center, '2026-11-03 10:00', p);
    expect(d.matter).toMatchObject({ supervisionLevel: 2, supervisionReasons: ['media'], overdue: false });
    expect(d.events[0]).toMatchObject({ type: 'supervised', note: '电视台曝光', data: { level: 2, reason: 'media', manual: true } });
    expect(notificationsFor(d.matter, d.events).map((n) => n.audience)).toEqual(['unit', 'center']);
    expect(code(() => act(d.matter, { type: 'supervise', level: 1, reason: 'hot_spot' }, center, '2026-11-03 11:00', p))).toBe('INVALID_TRANSITION');
    expect(code(() => act(m, { type: 'supervise', level: 1, reason: 'hot_spot' }, unitA, '2026-11-03 11:00', p))).toBe('FORBIDDEN');
  });
});

describe("timers on the centre's own reviews (CS Art.33); the review time is not the unit's (docs/rules.md §4)", () => {
  it.each(POLICIES)('%s: a return review and a reply review past 1 WD alert the centre once', (p) => {
    const asked = matterIn('return_requested', p); // asked Mon 11-02 12:00 → review by Tue 11-03
    expect(types(tick(asked, '2026-11-03 23:59', p))).toEqual([]);
    const t = tick(asked, '2026-11-04 00:00', p);
    expect(types(t)).toEqual(['review_overdue']);
    expect(types(tick(t.matter, '2026-11-05 00:00', p))).toEqual([]);
    const replied = matterIn('reply_review', p); // replied Tue 11-03 11:00
    expect(types(tick(replied, '2026-11-05 00:00', p))).toEqual(['review_overdue']);
  });
  it.each(POLICIES)('%s: a reply sent back late keeps the working days the unit had left', (p) => {
    const replied = matterIn('reply_review', p);
    const handleBy = replied.deadlines.handleBy!;
    const quick = act(replied, { type: 'reply-review', decision: 'non_compliant', note: '未写明联系情况' }, center, '2026-11-03 15:00', p);
    expect(quick.matter.deadlines.handleBy).toEqual(handleBy);
    const slow = act(replied, { type: 'reply-review', decision: 'non_compliant', note: '未写明联系情况' }, center, '2026-11-06 10:00', p);
    expect(Date.parse(slow.matter.deadlines.handleBy!.at)).toBeGreaterThan(Date.parse(handleBy.at));
  });
});
