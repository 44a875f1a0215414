/** @jest-environment node */
/**
 * The mini-program offers a command exactly when the state machine accepts it. Generated: every status × every
 * policy × every role on the matter (owner, centre, lead unit, co-unit, other unit, admin) × the flags the guards read
 * (category, difficult, long-term, re-handling, new information, pending request, rating, extensions used, signing,
 * supervision level). For each
 * case the matter is shown as that role sees it (shared/views matterView), the UI's own functions pick the buttons
 * (staff: availableActions; citizen: citizenActions), and `decide` is asked about every command of the transition
 * table with valid bodies: offered ⇔ some body is accepted. A command added to the table is walked without a change
 * here; SAMPLES fails to type-check until it has a body.
 */
import { defaultCalendar } from '../../shared/calendar';
import type { Command, CommandOf, CommandType } from '../../shared/domain/commands';
import { DomainError } from '../../shared/domain/errors';
import { allowedCommands } from '../../shared/domain/guards';
import { createMatter, decide, type Ctx } from '../../shared/domain/stateMachine';
import { COMMAND_TYPES, TRANSITIONS } from '../../shared/domain/transitions';
import { STATUSES, type Actor, type Matter, type PendingRequest, type Rating, type Status } from '../../shared/domain/types';
import { POLICY_NAMES, PROFILES, type PolicyName } from '../../shared/policy/profiles';
import { matterView } from '../../shared/views';
import { citizenActions } from '../src/services/citizenActions';
import { availableActions } from '../src/staff/services/actions';

const calendar = defaultCalendar();
const NOW = Date.parse('2026-11-18T10:00:00+08:00');
const SOON = { at: '2026-11-25T23:59:59.999+08:00', provisional: false };
const LATER = '2026-11-17T10:00:00.000+08:00';

/** Valid bodies for every command (several where the body decides which actor may give it). */
const SAMPLES: { [T in CommandType]: Array<CommandOf<T>> } = {
  answer: [{ type: 'answer', answer: '可在政务服务网办理' }],
  decline: [{ type: 'decline', reason: 'litigation', guidance: '请向人民法院起诉' }],
  dispatch: [{ type: 'dispatch', leadUnitId: 'u-c' }],
  accept: [{ type: 'accept' }],
  'return-request': [{ type: 'return-request', reason: '不属于本单位职责', basis: '三定方案' }],
  'return-review': [
    { type: 'return-review', decision: 'approve', leadUnitId: 'u-c' },
    { type: 'return-review', decision: 'reject', note: '属于你单位职责' },
    { type: 'return-review', decision: 'joint', coUnitIds: ['u-c'] },
  ],
  designate: [{ type: 'designate', leadUnitId: 'u-c', basis: '市政府指定' }],
  extension: [{ type: 'extension', reason: '需要协调多个部门' }],
  supplement: [{ type: 'supplement', content: '补充：路灯编号 A-12' }],
  'restart-clock': [
    { type: 'restart-clock', reason: 'new_information' },
    { type: 'restart-clock', reason: 'force_majeure' },
  ],
  reply: [{ type: 'reply', process: '现场处理', result: '已解决', handledAt: '2026-11-18T09:00:00+08:00', contactedRequestor: true }],
  'reply-review': [
    { type: 'reply-review', decision: 'compliant' },
    { type: 'reply-review', decision: 'non_compliant', note: '未联系诉求人' },
  ],
  rating: [{ type: 'rating', result: 'satisfied' }],
  withdraw: [{ type: 'withdraw' }],
  'terminate-request': [{ type: 'terminate-request', reason: 'out_of_scope', explanation: '属于司法程序' }],
  'terminate-review': [{ type: 'terminate-review', decision: 'approve' }],
  'long-term': [{ type: 'long-term' }],
  'progress-report': [{ type: 'progress-report', content: '已完成一期工程' }],
  appeal: [{ type: 'appeal', evidence: '通话录音证明已解决' }],
  'appeal-review': [{ type: 'appeal-review', decision: 'approve' }],
  note: [{ type: 'note', content: '协办意见' }],
  'extension-review': [
    { type: 'extension-review', decision: 'approve' },
    { type: 'extension-review', decision: 'reject', note: '理由不充分' },
  ],
  'callback-decision': [
    { type: 'callback-decision', decision: 'rehandle' },
    { type: 'callback-decision', decision: 'close', note: '已向诉求人说明' },
  ],
  supervise: [
    { type: 'supervise', level: 1, reason: 'hot_spot' },
    { type: 'supervise', level: 2, reason: 'hot_spot' },
    { type: 'supervise', level: 3, reason: 'hot_spot' },
  ],
  tick: [{ type: 'tick' }],
};

type Who = 'owner' | 'center' | 'lead' | 'co' | 'other' | 'admin';
const ACTORS: Record<Who, Actor> = {
  owner: { role: 'citizen', openid: 'o-owner' },
  center: { role: 'center', username: 'op1' },
  lead: { role: 'unit', unitId: 'u-a', username: 'clerk-a' },
  co: { role: 'unit', unitId: 'u-b', username: 'clerk-b' },
  other: { role: 'unit', unitId: 'u-c', username: 'clerk-c' },
  admin: { role: 'admin', username: 'admin' },
};
const WHO = Object.keys(ACTORS) as Who[];

const PENDING: Array<PendingRequest['kind'] | null> = [null, 'return', 'terminate', 'appeal', 'extension', 'callback'];
const RATINGS: Array<Rating | null> = [
  null,
  { result: 'unsatisfied', comment: '没解决', source: 'requestor', at: LATER },
  { result: 'unsatisfied', comment: null, source: 'timeout', at: LATER },
  { result: 'satisfied', comment: null, source: 'requestor', at: LATER },
  { result: 'unsatisfied', comment: null, source: 'callback', at: LATER, excluded: true },
];

/**
 * Every combination of the flags the guards read; category, extensions used, signing (CS Art.17) and the supervision
 * level alternate along the walk.
 */
function* flagCombos(): Generator<Partial<Matter>> {
  let i = 0;
  for (const difficult of [false, true])
    for (const longTerm of [false, true])
      for (const rehandling of [false, true])
        for (const supplementPending of [false, true])
          for (const kind of PENDING)
            for (const rating of RATINGS) {
              i += 1;
              yield {
                category: i % 2 ? 'consultation' : 'complaint',
                supervisionLevel: i % 7 === 0 ? 3 : 0,
                ...(i % 4 === 1 ? { signBy: SOON, signedAt: LATER } : {}),
                counts: { extensions: i % 3 === 0 ? 2 : 0, returns: difficult ? 3 : 0, rehandles: rehandling ? 1 : 0 },
                difficult,
                longTerm,
                rehandling,
                supplementPending,
                rating,
                pending: kind && { kind, reason: '理由', basis: '依据', at: LATER, unitId: 'u-a', fromStatus: 'in_progress' },
                // A callback opens when the rating window closes (CS Art.26): rateBy is cleared with it.
                ...(kind === 'callback' ? { deadlines: { dispatchBy: SOON, checkBy: SOON, handleBy: SOON, rateBy: null } } : {}),
              };
            }
}

const NEW_MATTER = createMatter(
  { id: 'm-walk', trackingNo: 'GZ2611180001', channel: 'wechat', category: 'complaint', content: '路灯不亮', district: '天河区', confidential: false, ownerOpenid: 'o-owner' },
  ACTORS.owner,
  { now: Date.parse(LATER), policy: PROFILES.guangzhou, calendar },
).matter;

function matterOf(status: Status, flags: Partial<Matter>): Matter {
  return {
    ...NEW_MATTER,
    status,
    version: 3,
    leadUnitId: status === 'received' ? null : 'u-a',
    coUnitIds: status === 'received' ? [] : ['u-b'],
    // Every window open: the UI leaves time windows to the backend (checked separately below).
    deadlines: { dispatchBy: SOON, checkBy: SOON, handleBy: SOON, rateBy: SOON },
    ...flags,
  };
}

/** Does `decide` accept `type` with at least one valid body? Any other failure than a DomainError fails the test. */
function accepts(m: Matter, type: CommandType, actor: Actor, ctx: Ctx): boolean {
  return (SAMPLES[type] as Command[]).some((c) => {
    try {
      decide(m, c, actor, ctx);
      return true;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      return false;
    }
  });
}

/** The buttons the role's UI shows, read off the view that role receives. */
function offered(m: Matter, who: Who, policy: PolicyName): CommandType[] {
  const actor = ACTORS[who];
  const view = matterView({ matter: m, events: [], contact: { name: '张三', phone: '13812345678' }, viewer: actor, units: new Map() });
  if (actor.role === 'citizen') return citizenActions(view);
  return availableActions(view, { role: actor.role as 'center' | 'unit' | 'admin', unitId: actor.unitId }, PROFILES[policy]);
}

/** Commands `decide` could accept from this actor in this status at all (role and status listed in the table). */
const listed = (status: Status, actor: Actor) => COMMAND_TYPES.filter((c) => TRANSITIONS[c].roles.includes(actor.role) && TRANSITIONS[c].from.includes(status));

describe('the UI offers a command exactly when decide accepts it (generated)', () => {
  const combos = [...flagCombos()];

  it.each(STATUSES.flatMap((s) => POLICY_NAMES.map((p) => [s, p] as const)))('%s under %s', (status, policy) => {
    const ctx: Ctx = { now: NOW, policy: PROFILES[policy], calendar };
    const mismatches: string[] = [];
    let accepted = 0;
    for (const who of WHO) {
      const actor = ACTORS[who];
      const candidates = listed(status, actor);
      // Commands the table never lets this role give here: refused whatever the flags (checked on the first and last).
      for (const c of COMMAND_TYPES.filter((t) => !candidates.includes(t))) {
        for (const flags of [combos[0], combos[combos.length - 1]]) {
          if (accepts(matterOf(status, flags), c, actor, ctx)) mismatches.push(`${who} ${c}: accepted although not listed`);
        }
      }
      for (const flags of combos) {
        const m = matterOf(status, flags);
        const want = candidates.filter((c) => accepts(m, c, actor, ctx));
        const got = offered(m, who, policy);
        accepted += want.length;
        if ([...got].sort().join() !== [...want].sort().join()) {
          mismatches.push(`${who} ${JSON.stringify(flags)}: offered [${got}] accepted [${want}]`);
        }
      }
    }
    expect(mismatches.slice(0, 5)).toEqual([]);
    // Each status is walked for real: some command is accepted somewhere, except where a matter has ended for good.
    if (['not_accepted', 'withdrawn', 'terminated'].includes(status)) expect(accepted).toBe(0);
    else expect(accepted).toBeGreaterThan(0);
  });

  it('walks every command of the table: each is offered and accepted somewhere', () => {
    const seen = new Set<CommandType>();
    for (const status of STATUSES) {
      for (const flags of combos) {
        for (const who of WHO) for (const c of offered(matterOf(status, flags), who, 'changsha')) seen.add(c);
      }
    }
    const staffOrCitizen = COMMAND_TYPES.filter((c) => c !== 'tick');
    expect([...seen].sort()).toEqual([...staffOrCitizen].sort());
  });
});

describe('time windows: allowedCommands with a clock gives what decide gives', () => {
  it.each(POLICY_NAMES)('%s, every window passed', (policy) => {
    const passed = { at: '2026-11-10T23:59:59.999+08:00', provisional: false };
    const ctx: Ctx = { now: NOW, policy: PROFILES[policy], calendar };
    const rated = { at: '2026-10-01T10:00:00.000+08:00', result: 'unsatisfied', comment: null, source: 'requestor' } as const;
    for (const status of STATUSES) {
      const m = matterOf(status, { deadlines: { dispatchBy: passed, checkBy: passed, handleBy: passed, rateBy: passed }, rating: rated });
      for (const who of WHO) {
        const actor = ACTORS[who];
        const want = COMMAND_TYPES.filter((c) => accepts(m, c, actor, ctx));
        expect([status, who, allowedCommands(m, actor, ctx.policy, ctx)]).toEqual([status, who, want]);
      }
    }
  });
});
