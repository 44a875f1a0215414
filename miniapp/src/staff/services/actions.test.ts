/**
 * availableActions against the shared transition table: cases are generated from TRANSITIONS × STATUSES × sessions
 * (centre, lead unit, co-unit, other unit, admin), then the visible guards are checked one by one.
 */
import { TRANSITIONS } from '../../../../shared/domain/transitions';
import { PROFILES } from '../../../../shared/policy/profiles';
import { STATUSES, type Status } from '../../../../shared/domain/types';
import { ADMIN, CENTER, CO, LEAD, OTHER, handledMatter } from '../__fixtures__/matters';
import { ACTION_ORDER, availableActions, noActionReason, primaryAction, type ActionMatter, type StaffActionType } from './actions';
import type { StaffSession } from '../../../../shared/views';

type Who = 'center' | 'lead' | 'co' | 'other' | 'admin';
const SESSIONS: Record<Who, StaffSession> = { center: CENTER, lead: LEAD, co: CO, other: OTHER, admin: ADMIN };

/** A matter on which `action`'s visible guard passes (the flag or pending request it needs). */
function enabling(action: StaffActionType, status: Status): ActionMatter {
  const base = handledMatter({ status });
  switch (action) {
    case 'answer':
      return { ...base, category: 'consultation' };
    case 'designate':
      return { ...base, difficult: true };
    case 'terminate-review':
      return { ...base, pending: { kind: 'terminate', reason: 'out_of_scope', basis: '不属于职责', at: base.createdAt, unitId: 'th-city', fromStatus: status } };
    case 'appeal-review':
      return { ...base, pending: { kind: 'appeal', reason: '已多次上门', at: base.createdAt, unitId: 'th-city', fromStatus: status } };
    case 'extension-review':
      return { ...base, pending: { kind: 'extension', reason: '需协调多个部门', at: base.createdAt, unitId: 'th-city', fromStatus: status } };
    case 'callback-decision':
      return { ...base, pending: { kind: 'callback', reason: '没有解决', at: base.createdAt, unitId: 'th-city', fromStatus: status } };
    case 'progress-report':
      return { ...base, longTerm: true };
    case 'appeal':
      return { ...base, rating: { result: 'unsatisfied', comment: null, source: 'requestor', at: base.createdAt } };
    case 'restart-clock':
      return { ...base, supplementPending: true };
    default:
      return base;
  }
}

/** Who holds the rule's authority, straight from the table's words (docs/rules.md §1). */
function authorised(action: StaffActionType, who: Who): boolean {
  const rule = TRANSITIONS[action];
  const role = SESSIONS[who].role;
  if (!rule.roles.includes(role)) return false;
  switch (rule.authority) {
    case 'center':
      return who === 'center';
    case 'lead_unit':
      return who === 'center' || who === 'lead';
    case 'involved_unit':
      return who === 'center' || who === 'lead' || who === 'co';
    case 'owner':
      return who === 'center';
    default:
      return false;
  }
}

const offered = ACTION_ORDER.filter((a) => a !== ('tick' as string));
const WHO = Object.keys(SESSIONS) as Who[];

describe('availableActions follows TRANSITIONS (generated)', () => {
  it('covers every staff command of the table, and never tick or citizen-only commands', () => {
    const staffCommands = (Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>).filter((c) =>
      TRANSITIONS[c].roles.some((r) => r === 'center' || r === 'unit'),
    );
    expect([...ACTION_ORDER].sort()).toEqual([...staffCommands].sort());
    for (const status of STATUSES) {
      for (const s of Object.values(SESSIONS)) {
        const got = availableActions({ ...handledMatter({ status }), category: 'consultation' }, s) as string[];
        expect(got).not.toContain('tick');
        expect(got).not.toContain('supplement');
        expect(got).not.toContain('withdraw');
      }
    }
  });

  // One test per action over every status × session: offered exactly where the table lists the status and the
  // session holds the rule's authority (the matter set up so the action's visible guard passes).
  it.each(offered)('%s: offered exactly where TRANSITIONS allows it', (action) => {
    const expected: string[] = [];
    const got: string[] = [];
    for (const status of STATUSES) {
      for (const who of WHO) {
        // CS Art.17: a return after signing depends on the signing window, which the backend checks; no button yet.
        const backendOnly = action === 'return-request' && status === 'in_progress';
        if (TRANSITIONS[action].from.includes(status) && authorised(action, who) && !backendOnly) expected.push(`${status}/${who}`);
        if (availableActions(enabling(action, status), SESSIONS[who]).includes(action)) got.push(`${status}/${who}`);
      }
    }
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('admin reads but never acts', () => {
    for (const status of STATUSES) {
      for (const action of offered) expect(availableActions(enabling(action, status), ADMIN)).toEqual([]);
    }
    expect(noActionReason(handledMatter(), ADMIN)).toContain('只能查看');
  });
});

describe('visible guards', () => {
  const received = (over: Partial<ActionMatter> = {}) => ({ ...handledMatter({ status: 'received', leadUnit: null, coUnits: [] }), ...over });

  it('centre on a new matter: dispatch and decline; answer only for a consultation', () => {
    expect(availableActions(received(), CENTER)).toEqual(['dispatch', 'decline', 'supervise']);
    expect(availableActions(received({ category: 'consultation' }), CENTER)).toEqual(['dispatch', 'answer', 'decline', 'supervise']);
  });

  it('lead unit on a dispatched matter: accept, return request, note; no return once difficult', () => {
    expect(availableActions(handledMatter({ status: 'dispatched' }), LEAD)).toEqual(['accept', 'return-request', 'note']);
    expect(availableActions(handledMatter({ status: 'dispatched', difficult: true }), LEAD)).toEqual(['accept', 'note']);
    expect(availableActions(handledMatter({ status: 'dispatched' }), CO)).toEqual(['note']);
    expect(availableActions(handledMatter({ status: 'dispatched' }), OTHER)).toEqual([]);
    expect(noActionReason(handledMatter(), OTHER)).toBe('该诉求不由您的单位主办，只能查看');
  });

  it('designate only on a difficult matter', () => {
    expect(availableActions(handledMatter({ status: 'return_requested' }), CENTER)).not.toContain('designate');
    expect(availableActions(handledMatter({ status: 'return_requested', difficult: true }), CENTER)).toContain('designate');
  });

  it('extension not while re-handling, nor beyond the policy limit', () => {
    expect(availableActions(handledMatter(), LEAD)).toContain('extension');
    expect(availableActions(handledMatter({ rehandling: true }), LEAD)).not.toContain('extension');
    const used = handledMatter({ counts: { extensions: 2, returns: 0, rehandles: 0 } });
    expect(availableActions(used, LEAD, PROFILES.guangzhou)).not.toContain('extension');
    expect(availableActions(used, LEAD)).toContain('extension'); // unknown policy: the backend decides
    expect(availableActions(handledMatter(), LEAD, PROFILES.weifang)).not.toContain('extension'); // WF Art.20: none
  });

  it('terminate-review / appeal-review only with the matching pending request', () => {
    const plain = availableActions(handledMatter(), CENTER);
    expect(plain).not.toContain('terminate-review');
    expect(plain).not.toContain('appeal-review');
    expect(availableActions(enabling('terminate-review', 'in_progress'), CENTER)).toContain('terminate-review');
    expect(availableActions(enabling('terminate-review', 'in_progress'), CENTER)).not.toContain('appeal-review');
    expect(availableActions(enabling('appeal-review', 'closed'), CENTER)).toEqual(['appeal-review']);
  });

  it('a pending termination blocks the reply and a second request', () => {
    const m = enabling('terminate-review', 'in_progress');
    const got = availableActions(m, LEAD);
    expect(got).not.toContain('reply');
    expect(got).not.toContain('terminate-request');
    expect(got).toContain('note');
  });

  it('progress-report only for a long-term matter; long-term only once', () => {
    expect(availableActions(handledMatter(), LEAD)).not.toContain('progress-report');
    expect(availableActions(handledMatter({ longTerm: true }), LEAD)).toContain('progress-report');
    expect(availableActions(handledMatter(), CENTER)).toContain('long-term');
    expect(availableActions(handledMatter({ longTerm: true }), CENTER)).not.toContain('long-term');
  });

  it('appeal only against an unsatisfied rating from the requestor, where the policy allows it', () => {
    const closed = (rating: ActionMatter['rating']) => ({ ...handledMatter({ status: 'closed' }), rating });
    const at = '2026-11-20T09:00:00.000+08:00';
    expect(availableActions(closed(null), LEAD)).toEqual([]);
    expect(availableActions(closed({ result: 'satisfied', comment: null, source: 'requestor', at }), LEAD)).toEqual([]);
    expect(availableActions(closed({ result: 'unsatisfied', comment: null, source: 'timeout', at }), LEAD)).toEqual([]);
    const unsatisfied = closed({ result: 'unsatisfied', comment: null, source: 'requestor', at });
    expect(availableActions(unsatisfied, LEAD)).toEqual(['appeal']);
    expect(availableActions(unsatisfied, LEAD, PROFILES.changsha)).toEqual(['appeal']);
    expect(availableActions(unsatisfied, LEAD, PROFILES.guangzhou)).toEqual([]);
    expect(availableActions(unsatisfied, CO)).toEqual([]);
  });

  it('restart-clock: the centre any time it applies, the lead unit after new information', () => {
    expect(availableActions(handledMatter(), CENTER)).toContain('restart-clock');
    expect(availableActions(handledMatter(), LEAD)).not.toContain('restart-clock');
    expect(availableActions(enabling('restart-clock', 'in_progress'), LEAD)).toContain('restart-clock');
    const restarted = { ...enabling('restart-clock', 'in_progress'), supplementPending: false };
    expect(availableActions(restarted, LEAD)).not.toContain('restart-clock');
  });

  it('centre records a callback rating while awaiting rating', () => {
    expect(availableActions(handledMatter({ status: 'awaiting_rating' }), CENTER)).toEqual(['supervise', 'rating']);
    // CS Art.26: while the callback task is open the centre decides instead of recording another rating.
    const callback = handledMatter({ status: 'awaiting_rating', pending: { kind: 'callback', reason: '没有解决', at: '2026-11-04T09:00:00+08:00', unitId: 'th-city', fromStatus: 'awaiting_rating' } });
    expect(availableActions(callback, CENTER)).toEqual(['callback-decision', 'supervise']);
    expect(availableActions(handledMatter({ status: 'awaiting_rating' }), LEAD)).toEqual([]);
  });

  it('the lead unit on an in-progress matter, in display order', () => {
    expect(availableActions(handledMatter(), LEAD)).toEqual(['reply', 'extension', 'terminate-request', 'note']);
    expect(availableActions(handledMatter(), CO)).toEqual(['note']);
    expect(availableActions(handledMatter(), CENTER)).toEqual(['restart-clock', 'long-term', 'supervise', 'note']);
  });
});

describe('primaryAction: only work that moves the matter forward is highlighted', () => {
  it('the centre after a dispatch has side actions only: nothing highlighted', () => {
    const actions = availableActions(handledMatter({ status: 'dispatched' }), CENTER);
    expect(actions).toContain('restart-clock');
    expect(primaryAction(actions)).toBeNull();
  });

  it('the lead unit on a dispatched matter: 签收 first', () => {
    expect(primaryAction(availableActions(handledMatter({ status: 'dispatched' }), LEAD))).toBe('accept');
  });

  it('the lead unit in progress: 提交办理结果, not 申请延期', () => {
    const actions = availableActions(handledMatter({ status: 'in_progress' }), LEAD);
    expect(actions).toEqual(expect.arrayContaining(['reply', 'extension']));
    expect(primaryAction(actions)).toBe('reply');
  });
});
