/**
 * Timers across holidays, 调休 make-up days and provisional years (docs/rules.md §2 "Working days", §4), and the rule that a
 * fired escalation is frozen: a later calendar correction changes future deadlines, never history.
 */
import { createCalendar } from '../calendar';
import { center, citizen, scheduler, unitA } from '../../tests/fixtures/matters';
import { getPolicy } from '../policy';
import { createMatter, decide, nextDueAt, type Ctx } from './stateMachine';
import type { Matter } from './types';

const official = createCalendar();
const policy = getPolicy('guangzhou');
const sh = (wall: string) => Date.parse(`${wall.replace(' ', 'T')}:00+08:00`);
const ctx = (wall: string, calendar = official): Ctx => ({ now: sh(wall), policy, calendar });

function inProgress(dispatchAt: string, calendar = official): Matter {
  let m = createMatter(
    { id: 'm-cal', trackingNo: 'GZ2609010001', channel: 'wechat', category: 'complaint', content: '路灯坏了一个多月，晚上很黑。', district: '天河区', confidential: false, ownerOpenid: citizen.openid! },
    citizen,
    ctx(dispatchAt, calendar),
  ).matter;
  m = decide(m, { type: 'dispatch', leadUnitId: 'u-a' }, center, ctx(dispatchAt, calendar)).matter;
  return decide(m, { type: 'accept' }, unitA, ctx(dispatchAt, calendar)).matter;
}
const tick = (m: Matter, wall: string, calendar = official) => decide(m, { type: 'tick' }, scheduler, ctx(wall, calendar));

describe('timers and the calendar', () => {
  it('counts the 调休 Sunday 2026-09-20 and skips Mid-Autumn + National Day', () => {
    // Dispatched Fri 09-18: 10 WD = 09-20(Sun, worked), 21, 22, 23, 24, 28, 29, 30, 10-08, 10-09.
    const m = inProgress('2026-09-18 10:00');
    expect(m.deadlines.handleBy).toEqual({ at: '2026-10-09T23:59:59.999+08:00', provisional: false });
  });

  it('warns on the holiday eve: the last working day before a deadline that follows the break', () => {
    const m = inProgress('2026-09-18 10:00'); // handleBy Fri 10-09; one WD before = Thu 10-08 end
    expect(tick(m, '2026-10-08 23:59').events).toHaveLength(0);
    expect(tick(m, '2026-10-09 00:00').events.map((e) => e.type)).toEqual(['warning']);
    // Level 2 = end of the 2nd WD after the deadline: Sat 10-10 is a make-up working day, so Mon 10-12.
    const l1 = tick(tick(m, '2026-10-09 00:00').matter, '2026-10-10 00:00');
    expect(l1.events.map((e) => e.type)).toEqual(['supervision_1']);
    expect(tick(l1.matter, '2026-10-12 23:59').events).toHaveLength(0);
    expect(tick(l1.matter, '2026-10-13 00:00').events.map((e) => e.type)).toEqual(['supervision_2']);
  });

  it('marks deadlines that reach into a year without official data as provisional', () => {
    const m = inProgress('2026-12-24 10:00'); // 10 WD runs into January 2027 (provisional: New Year's Day off)
    expect(m.deadlines.handleBy).toEqual({ at: '2027-01-08T23:59:59.999+08:00', provisional: true });
    const l1 = tick(m, '2027-01-09 00:00');
    expect(l1.events[0].data).toMatchObject({ handleBy: { provisional: true }, level: 1, overdue: true });
  });

  it('freezes a fired escalation: a later calendar correction changes what is next, never what happened', () => {
    const m = inProgress('2026-12-24 10:00'); // provisional deadline 2027-01-08
    const fired = tick(m, '2027-01-09 00:00');
    expect(fired.matter).toMatchObject({ overdue: true, escalation: 1 });
    const frozen = structuredClone(fired.events);
    // Operators load official 2027 data: suppose 01-04..01-08 became holidays (a correction after the fact).
    const corrected = createCalendar({ operatorData: { '2027': { holidays: ['2027-01-01', '2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08'], workdays: [] } } });
    // Nothing re-fires and nothing is rewritten: the flag and level stay as they fired.
    const again = tick(fired.matter, '2027-01-09 00:01', corrected);
    expect(again.events).toHaveLength(0);
    expect(again.matter).toMatchObject({ overdue: true, escalation: 1, supervisionLevel: 1 });
    expect(fired.events).toEqual(frozen);
    // The next level is computed from the stored deadline on the corrected calendar (2 WD after 01-08 = 01-12).
    expect(nextDueAt(fired.matter, { policy, calendar: corrected })).toBe(Date.parse('2027-01-12T23:59:59.999+08:00'));
  });
});
