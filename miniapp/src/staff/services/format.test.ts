import { deadlineSummary, formatTime, isOverdue, localInputToIso, nearestDeadline, pausedHandling, sortByUrgency, urgencyOf } from './format';
import { queueItem } from '../__fixtures__/matters';

// Wednesday 2026-11-18 10:00 Shanghai. 2026 is covered by official calendar data.
const NOW = Date.parse('2026-11-18T10:00:00+08:00');
const dl = (at: string, provisional = false) => ({ at, provisional });

describe('deadlineSummary / nearestDeadline', () => {
  it('names the nearest running deadline and marks a provisional one', () => {
    const deadlines = { dispatchBy: null, checkBy: dl('2026-11-19T23:59:59.999+08:00', true), handleBy: dl('2026-12-02T23:59:59.999+08:00'), rateBy: null };
    expect(nearestDeadline({ status: 'dispatched', deadlines })?.key).toBe('checkBy');
    expect(deadlineSummary({ status: 'dispatched', deadlines }, NOW)).toEqual({ text: '承办单位签收期限：还剩 1 个工作日（暂定）', overdue: false });
    expect(deadlineSummary({ status: 'dispatched', deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null } }, NOW)).toBeNull();
  });

  // docs/rules.md §2 (return-review, reply-review): the centre's review time is not the unit's.
  it('stands the handling deadline still while the centre reviews a reply or a return request', () => {
    const deadlines = { dispatchBy: null, checkBy: null, handleBy: dl('2026-11-17T23:59:59.999+08:00'), rateBy: null };
    for (const status of ['reply_review', 'return_requested'] as const) {
      expect(nearestDeadline({ status, deadlines })).toBeNull();
      expect(deadlineSummary({ status, deadlines }, NOW)).toEqual({ text: '办理期限：中心审核期间暂停计时', overdue: false });
      expect(isOverdue(queueItem({ status, deadlines }), NOW)).toBe(false);
    }
    expect(deadlineSummary({ status: 'in_progress', deadlines }, NOW)).toEqual({ text: '办理期限：已超期 1 个工作日', overdue: true });
    expect(isOverdue(queueItem({ status: 'in_progress', deadlines }), NOW)).toBe(true);
  });

  it("runs the centre's own review deadline instead (CS Art.33), in working days", () => {
    const deadlines = { dispatchBy: null, checkBy: null, handleBy: dl('2026-11-17T23:59:59.999+08:00'), rateBy: null };
    const reviewBy = dl('2026-11-19T23:59:59.999+08:00');
    expect(nearestDeadline({ status: 'reply_review', deadlines, reviewBy })).toEqual({ key: 'reviewBy', deadline: reviewBy });
    expect(deadlineSummary({ status: 'reply_review', deadlines, reviewBy }, NOW)).toEqual({ text: '中心审核期限：还剩 1 个工作日', overdue: false });
    // A unit's pending extension request does not stop its handling clock: that deadline stays the one shown.
    expect(nearestDeadline({ status: 'in_progress', deadlines, reviewBy })?.key).toBe('handleBy');
  });

  it('says how much handling time the unit had when it handed the matter over', () => {
    const handleBy = dl('2026-11-17T23:59:59.999+08:00');
    const base = { deadlines: { dispatchBy: null, checkBy: null, handleBy, rateBy: null }, pending: null, reply: null };
    const reply = (at: string) => ({ process: '', result: '', handledAt: at, contactedRequestor: true, at, unitId: 'u1' });
    // Replied on Friday 13 November with two working days left (16th and 17th); reviewed past the deadline.
    expect(pausedHandling({ ...base, status: 'reply_review', reply: reply('2026-11-13T15:00:00+08:00') })).toEqual({
      text: '中心审核期间暂停计时（交审核时还剩 2 个工作日）',
      overdue: false,
    });
    const pending = { kind: 'return' as const, reason: 'x', at: '2026-11-18T09:00:00+08:00', unitId: 'u1' };
    expect(pausedHandling({ ...base, status: 'return_requested', pending } as never)).toEqual({
      text: '中心审核期间暂停计时（交审核时已超期 1 个工作日）',
      overdue: true,
    });
    expect(pausedHandling({ ...base, status: 'in_progress' })).toBeNull();
  });
});

describe('sortByUrgency', () => {
  it('puts overdue first, then higher supervision, then the nearest deadline; no deadline last', () => {
    const soon = queueItem({ id: 'soon', deadlines: { dispatchBy: dl('2026-11-19T23:59:59.999+08:00'), checkBy: null, handleBy: null, rateBy: null } });
    const later = queueItem({ id: 'later', deadlines: { dispatchBy: dl('2026-11-25T23:59:59.999+08:00'), checkBy: null, handleBy: null, rateBy: null } });
    const none = queueItem({ id: 'none', deadlines: { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null } });
    const supervised = queueItem({ id: 'supervised', supervisionLevel: 2, overdue: true, deadlines: later.deadlines });
    const overdueFlag = queueItem({ id: 'overdueFlag', overdue: true, deadlines: later.deadlines });
    const passed = queueItem({ id: 'passed', deadlines: { dispatchBy: dl('2026-11-17T23:59:59.999+08:00'), checkBy: null, handleBy: null, rateBy: null } });
    expect(sortByUrgency([none, later, soon, overdueFlag, passed, supervised], NOW).map((m) => m.id)).toEqual([
      'supervised',
      'passed',
      'overdueFlag',
      'soon',
      'later',
      'none',
    ]);
  });
});

describe('times', () => {
  it('formats instants in Shanghai time', () => {
    expect(formatTime('2026-10-09T23:59:59.999+08:00')).toBe('2026-10-09 23:59');
    expect(formatTime('2026-10-09T16:00:00.000Z')).toBe('2026-10-10 00:00');
  });

  it('turns a typed local time into ISO with +08:00, and leaves nonsense for the schema to report', () => {
    expect(localInputToIso('2026-05-01 14:30')).toBe('2026-05-01T14:30:00+08:00');
    expect(localInputToIso('2026-5-1 9:05')).toBe('2026-05-01T09:05:00+08:00');
    expect(localInputToIso('2026-02-30 10:00')).toBe('2026-02-30 10:00');
    expect(localInputToIso('昨天')).toBe('昨天');
  });
});

describe('urgencyOf (the colour of 剩余时间 in the desktop queue)', () => {
  const at = (iso: string) => ({ at: iso, provisional: false });
  it('is overdue, red within a working day, amber within three, green beyond', () => {
    expect(urgencyOf(at('2026-11-18T09:00:00.000+08:00'), NOW)).toBe('overdue');
    expect(urgencyOf(at('2026-11-18T23:59:59.999+08:00'), NOW)).toBe('red'); // today
    expect(urgencyOf(at('2026-11-19T23:59:59.999+08:00'), NOW)).toBe('red'); // 1 working day
    expect(urgencyOf(at('2026-11-23T23:59:59.999+08:00'), NOW)).toBe('amber'); // 3 working days (a weekend between)
    expect(urgencyOf(at('2026-11-30T23:59:59.999+08:00'), NOW)).toBe('green');
  });
  it('counts the 72-hour rating window in hours', () => {
    expect(urgencyOf(at('2026-11-19T08:00:00.000+08:00'), NOW, 'rateBy')).toBe('red');
    expect(urgencyOf(at('2026-11-19T12:00:00.000+08:00'), NOW, 'rateBy')).toBe('amber');
    expect(urgencyOf(at('2026-11-21T10:00:00.000+08:00'), NOW, 'rateBy')).toBe('green');
  });
});
