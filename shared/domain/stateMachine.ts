/**
 * The matter state machine (docs/rules.md §2 Lifecycle; its timers, §4, are in ./timers.ts) as pure functions:
 *   decide(matter, command, actor, ctx) → { matter, events } or throws a DomainError.
 * `ctx` carries `now`, the policy profile and the working-day calendar: nothing here reads the clock.
 * Every applied event bumps the matter's version by one, so a matter at version v has exactly v timeline events
 * (the store writes each event under its version and guards the write with the version read: see functions/lib).
 */
import { addWorkingDays, deadlineMs as ms, type Deadline } from '../calendar';
import type { Command, CommandOf, CommandType } from './commands';
import { DomainError, forbidden, invalidTransition } from './errors';
import { commandRefusal } from './guards';
import { refusalError } from './refusals';
import {
  decideCallback,
  endReview,
  keepUnitTime,
  openCallback,
  rehandle,
  requestExtension,
  reviewExtension,
  sign,
  startReview,
  startSigning,
  supervise,
} from './centre';
import { actorRef, at, Builder, handlingPeriod, type Ctx, type Decision, type TimerAction, type TimerKind } from './builder';

export { Builder, type Ctx, type Decision, type TimerAction, type TimerKind };
import { dueActions } from './timers';
export { dueActions, nextDueAt, pendingTimers } from './timers';
import type { Actor, Category, Channel, Matter, TimelineEvent } from './types';

export interface NewMatterInput {
  id: string;
  trackingNo: string;
  channel: Channel;
  category: Category;
  content: string;
  district: string;
  title?: string | null;
  address?: string | null;
  location?: { lat: number; lng: number } | null;
  attachments?: string[];
  confidential: boolean;
  ownerOpenid: string | null;
  /** The citizen agreed to publish a redacted description as open data (GZ Art.25, CS Art.28). */
  publishConsent?: boolean;
}

const clockHours = (now: number, hours: number): Deadline => ({ at: at(now + hours * 3600_000), provisional: false });

/** submit → received; the dispatch timer starts (GZ Art.13: 1 working day). */
export function createMatter(input: NewMatterInput, actor: Actor, ctx: Ctx): Decision {
  const now = at(ctx.now);
  const matter: Matter = {
    id: input.id,
    trackingNo: input.trackingNo,
    channel: input.channel,
    category: input.category,
    title: input.title ?? null,
    content: input.content,
    district: input.district,
    address: input.address ?? null,
    location: input.location ?? null,
    attachments: input.attachments ?? [],
    confidential: input.confidential,
    // A confidential matter is never published, whatever was ticked (WF Art.11, CS Art.15).
    publishConsent: input.publishConsent === true && !input.confidential,
    ownerOpenid: input.ownerOpenid,
    status: 'received',
    createdAt: now,
    updatedAt: now,
    version: 1,
    overdue: false,
    supervisionLevel: 0,
    difficult: false,
    longTerm: false,
    rehandling: false,
    leadUnitId: null,
    coUnitIds: [],
    deadlines: {
      dispatchBy: addWorkingDays(ctx.calendar, ctx.now, ctx.policy.dispatchLimitWD), // GZ Art.13
      checkBy: null,
      handleBy: null,
      rateBy: null,
    },
    counts: { extensions: 0, returns: 0, rehandles: 0 },
    warned: false,
    escalation: 0,
    dispatchOverdueAlerted: false,
    supplementPending: false,
    reply: null,
    rating: null,
    pending: null,
    repeatOf: null,
    outcome: null,
  };
  const event: TimelineEvent = {
    type: 'submitted',
    at: now,
    actor: actorRef(actor),
    version: 1,
    data: { channel: input.channel, category: input.category },
  };
  return { matter, events: [event] };
}

/**
 * A caller claims a telephone matter in the mini-program after proving the tracking number and the last 4 digits of
 * the phone (docs/rules.md §2 channels): it then appears under "my matters" and can be supplemented and rated there.
 * A matter can be claimed once.
 */
export function claimMatter(matter: Matter, actor: Actor, ctx: Ctx): Decision {
  if (actor.role !== 'citizen' || !actor.openid) throw forbidden('请在小程序中登录后认领');
  if (matter.ownerOpenid) {
    throw new DomainError('ALREADY_CLAIMED', matter.ownerOpenid === actor.openid ? '您已认领该诉求，可在“我的诉求”中查看' : '该诉求已被认领');
  }
  const m = structuredClone(matter);
  m.ownerOpenid = actor.openid;
  m.version += 1;
  m.updatedAt = at(ctx.now);
  return { matter: m, events: [{ type: 'claimed', at: m.updatedAt, actor: { role: 'citizen' }, version: m.version, data: { channel: m.channel } }] };
}

/**
 * Apply one command. Checks, in order (./guards.ts commandRefusal): role and authority (403/404), status
 * (INVALID_TRANSITION), then the guards (INVALID_TRANSITION for flags, LIMIT_REACHED for counts, DEADLINE_PASSED for
 * windows); the rules below then check only the command's own fields.
 */
export function decide(matter: Matter, command: Command, actor: Actor, ctx: Ctx): Decision {
  // The same answer the mini-program's buttons come from (./guards.ts allowedCommands).
  const refused = commandRefusal(matter, command.type, actor, ctx.policy, ctx);
  if (refused) throw refusalError(refused);
  const b = new Builder(matter, actor, ctx);
  RULES[command.type](b, command as never);
  return b.result();
}

type Rule<T extends CommandType> = (b: Builder, c: CommandOf<T>) => void;
type Rules = { [T in CommandType]: Rule<T> };

const assertUnit = (b: Builder, unitId: string | undefined, field: string) => {
  if (!unitId) throw new DomainError('VALIDATION_FAILED', '请选择承办单位', [{ field, message: '必填' }]);
};

const RULES: Rules = {
  // GZ Art.13(1): a consultation the knowledge base answers is answered on the spot.
  answer(b, c) {
    b.m.status = 'awaiting_rating';
    b.m.deadlines.dispatchBy = null;
    b.m.deadlines.rateBy = clockHours(b.ctx.now, b.ctx.policy.ratingTimeoutHours);
    b.m.reply = { process: '热线直接答复', result: c.answer, handledAt: b.nowIso, contactedRequestor: true, at: b.nowIso, unitId: 'center' };
    b.emit('answered', { note: c.answer });
  },
  // WF Art.19, CS Art.13: not accepted, with the reason and where to go instead.
  decline(b, c) {
    b.m.status = 'not_accepted';
    b.m.deadlines = { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null };
    b.m.outcome = { reason: c.reason, guidance: c.guidance };
    b.emit('declined', { note: c.guidance, data: { reason: c.reason } });
  },
  // GZ Art.13 dispatch; GZ Art.14 check window; GZ Art.17 handling period counts from the unit's receipt.
  dispatch(b, c) {
    assertUnit(b, c.leadUnitId, 'leadUnitId');
    const onTime = b.ctx.now <= ms(b.m.deadlines.dispatchBy);
    b.m.status = 'dispatched';
    b.m.leadUnitId = c.leadUnitId;
    b.m.coUnitIds = (c.coUnitIds ?? []).filter((u) => u !== c.leadUnitId);
    b.m.deadlines.dispatchBy = null;
    startChecking(b);
    b.emit('dispatched', { data: { leadUnitId: b.m.leadUnitId, coUnitIds: b.m.coUnitIds, onTime } });
  },
  // GZ Art.14: accepting closes the return option. CS Art.17, 19: accepting is signing; returns stay open for 2 WD.
  accept(b) {
    b.m.acceptedAt = b.nowIso;
    if (b.ctx.policy.signing) {
      sign(b, false);
      b.emit('accepted', { data: { signedAt: b.m.signedAt, signBy: b.m.signBy ?? null, returnBy: b.m.deadlines.checkBy, handleBy: b.m.deadlines.handleBy } });
      return;
    }
    b.m.status = 'in_progress';
    b.m.deadlines.checkBy = null;
    b.emit('accepted');
  },
  // GZ Art.14: only inside the check window; GZ Art.16: never on a difficult matter.
  'return-request'(b, c) {
    const fromStatus = b.m.status;
    b.m.status = 'return_requested';
    b.m.pending = { kind: 'return', reason: c.reason, basis: c.basis, at: b.nowIso, unitId: b.m.leadUnitId!, fromStatus };
    startReview(b); // CS Art.33: the centre's review is timed too
    b.emit('return_requested', { note: c.reason, data: { basis: c.basis } });
  },
  // GZ Art.15: the centre approves (re-dispatch), rejects (original deadline) or makes it joint.
  'return-review'(b, c) {
    const returning = b.m.pending?.unitId ?? b.m.leadUnitId;
    const askedAt = b.m.pending?.at ?? b.nowIso;
    b.m.pending = null;
    endReview(b);
    if (c.decision === 'approve') {
      assertUnit(b, c.leadUnitId, 'leadUnitId');
      b.m.counts.returns += 1;
      // GZ Art.16: "退回…3次以上" — three or more returns make the matter difficult (以上 includes 3).
      if (b.m.counts.returns >= b.ctx.policy.difficultAfterReturns) b.m.difficult = true;
      b.m.status = 'dispatched';
      b.m.leadUnitId = c.leadUnitId!;
      b.m.coUnitIds = (c.coUnitIds ?? []).filter((u) => u !== c.leadUnitId);
      startChecking(b);
      b.emit('return_approved', {
        note: c.note,
        data: { fromUnitId: returning, leadUnitId: b.m.leadUnitId, coUnitIds: b.m.coUnitIds, returns: b.m.counts.returns, difficult: b.m.difficult },
      });
    } else if (c.decision === 'reject') {
      // The original handleBy stands, less the centre's own review time (docs/rules.md §4): the unit keeps the
      // working days it had left when it asked. A unit that had not signed is now deemed to have signed (CS Art.17).
      b.m.status = 'in_progress';
      b.m.deadlines.checkBy = null;
      if (b.ctx.policy.signing && !b.m.signedAt) b.m.signedAt = b.m.signBy?.at ?? askedAt;
      keepUnitTime(b, askedAt);
      b.emit('return_rejected', { note: c.note, data: { handleBy: b.m.deadlines.handleBy } });
    } else {
      const co = (c.coUnitIds ?? []).filter((u) => u !== b.m.leadUnitId);
      if (!co.length) throw new DomainError('VALIDATION_FAILED', '联合办理需要选择至少一个协办单位', [{ field: 'coUnitIds', message: '必填' }]);
      b.m.status = 'in_progress';
      b.m.coUnitIds = [...new Set([...b.m.coUnitIds, ...co])];
      b.m.deadlines.checkBy = null;
      b.restartHandling();
      b.emit('return_joint', { note: c.note, data: { leadUnitId: b.m.leadUnitId, coUnitIds: b.m.coUnitIds } });
    }
  },
  // GZ Art.16: the centre designates the unit(s) for a difficult matter; no further returns.
  designate(b, c) {
    assertUnit(b, c.leadUnitId, 'leadUnitId');
    b.m.status = 'in_progress';
    b.m.pending = null;
    endReview(b);
    b.m.leadUnitId = c.leadUnitId;
    b.m.coUnitIds = (c.coUnitIds ?? []).filter((u) => u !== c.leadUnitId);
    b.m.deadlines.checkBy = null;
    b.m.acceptedAt = b.nowIso;
    b.restartHandling();
    b.emit('designated', { note: c.basis, data: { leadUnitId: b.m.leadUnitId, coUnitIds: b.m.coUnitIds } });
  },
  // GZ Art.18: before the deadline, at most maxExtensions, each one handling period; not while re-handling (GZ Art.20).
  extension(b, c) {
    if (b.ctx.policy.centre.extensionReview) return requestExtension(b, c); // CS Art.21
    const previous = b.m.deadlines.handleBy!;
    b.m.deadlines.handleBy = addWorkingDays(b.ctx.calendar, previous.at, handlingPeriod(b.m, b.ctx));
    b.m.counts.extensions += 1;
    b.m.warned = false;
    // GZ Art.18: the citizen is told the reason and the new deadline.
    b.emit('extended', { note: c.reason, data: { previousHandleBy: previous, handleBy: b.m.deadlines.handleBy, extensions: b.m.counts.extensions } });
  },
  supplement(b, c) {
    b.m.supplementPending = true;
    b.emit('supplemented', { note: c.content });
  },
  // GZ Art.17 ¶2: new information from the requestor (lead unit) or force majeure (centre) restarts the clock.
  'restart-clock'(b, c) {
    if (b.actor.role === 'center' && c.reason !== 'force_majeure') throw invalidTransition('热线工作机构只能因不可抗力重新计时');
    if (b.actor.role === 'unit') {
      if (c.reason !== 'new_information') throw invalidTransition('承办单位只能因诉求人补充新情况重新计时');
    }
    b.m.supplementPending = false;
    b.restartHandling();
    b.emit('clock_restarted', { note: c.note, data: { reason: c.reason, handleBy: b.m.deadlines.handleBy } });
  },
  // GZ Art.19: process, result, time handled and whether the requestor was contacted are all required.
  reply(b, c) {
    if (b.m.pending?.kind === 'extension') b.m.pending = null; // replying ends the extension request
    // GZ Art.19: the time handled is a fact of the handling: not before the unit accepted it, not in the future.
    // The reply form gives the time to the minute: a unit that accepts at 10:15:42 and replies "10:15" is in time.
    const handledAt = Date.parse(c.handledAt);
    const accepted = b.m.acceptedAt;
    if (accepted && handledAt < Math.floor(Date.parse(accepted) / 60_000) * 60_000) {
      const when = accepted.slice(0, 16).replace('T', ' ');
      throw new DomainError('VALIDATION_FAILED', `办理时间不能早于签收时间（${when}）`, [{ field: 'handledAt', message: `不能早于签收时间 ${when}` }]);
    }
    if (handledAt > b.ctx.now + 5 * 60_000) {
      throw new DomainError('VALIDATION_FAILED', '办理时间不能晚于当前时间', [{ field: 'handledAt', message: '不能晚于当前时间' }]);
    }
    const onTime = b.ctx.now <= ms(b.m.deadlines.handleBy);
    b.m.status = 'reply_review';
    startReview(b); // CS Art.33
    b.m.reply = { process: c.process, result: c.result, handledAt: c.handledAt, contactedRequestor: c.contactedRequestor, at: b.nowIso, unitId: b.m.leadUnitId! };
    b.emit('replied', { data: { onTime, handleBy: b.m.deadlines.handleBy, rehandle: b.m.rehandling } });
  },
  // GZ Art.19: a non-compliant reply goes back without restarting the handling deadline.
  'reply-review'(b, c) {
    const repliedAt = b.m.reply?.at ?? b.nowIso;
    endReview(b);
    if (c.decision === 'compliant') {
      b.m.status = 'awaiting_rating';
      b.m.deadlines.handleBy = null;
      b.m.deadlines.rateBy = clockHours(b.ctx.now, b.ctx.policy.ratingTimeoutHours); // CS Art.26: 72 hours
      b.emit('reply_approved');
    } else {
      if (!c.note) throw new DomainError('VALIDATION_FAILED', '退回办理结果时请说明原因', [{ field: 'note', message: '必填' }]);
      b.m.status = 'in_progress';
      keepUnitTime(b, repliedAt); // docs/rules.md §4: the centre's review time is not the unit's
      b.emit('reply_rejected', { note: c.note, data: { handleBy: b.m.deadlines.handleBy } });
    }
  },
  // CS Art.26 rating; GZ Art.20 one re-handling after a first unsatisfied; CS Art.34(3) supervision after a second.
  rating(b, c) {
    const source = b.actor.role === 'center' ? 'callback' : 'requestor';
    b.m.rating = { result: c.result, comment: c.comment ?? null, source, at: b.nowIso };
    b.m.deadlines.rateBy = null;
    b.emit('rated', { note: c.comment, data: { result: c.result, source } });
    if (c.result !== 'unsatisfied') return close(b, {});
    if (b.m.counts.rehandles < b.ctx.policy.maxRehandles) {
      // CS Art.26: the centre calls back and decides; GZ Art.20 (and WF): re-handled at once. A consultation the
      // centre answered itself goes back to the centre (GZ Art.13(1)).
      if (b.ctx.policy.centre.callbackWD !== null) return openCallback(b);
      return rehandle(b);
    }
    b.m.supervisionLevel = Math.max(b.m.supervisionLevel, 1) as Matter['supervisionLevel'];
    close(b, { supervision: true });
  },
  withdraw(b, c) {
    b.m.status = 'withdrawn';
    b.m.deadlines = { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null };
    b.m.pending = null;
    b.emit('withdrawn', { note: c.reason });
  },
  // WF Art.21: the lead unit may ask to terminate; the centre decides.
  'terminate-request'(b, c) {
    b.m.pending = { kind: 'terminate', reason: c.reason, basis: c.explanation, at: b.nowIso, unitId: b.m.leadUnitId!, fromStatus: b.m.status };
    b.emit('terminate_requested', { note: c.explanation, data: { reason: c.reason } });
  },
  'terminate-review'(b, c) {
    const request = b.m.pending!;
    b.m.pending = null;
    if (c.decision === 'approve') {
      b.m.status = 'terminated';
      b.m.deadlines = { dispatchBy: null, checkBy: null, handleBy: null, rateBy: null };
      b.m.outcome = { reason: request.reason, note: c.note ?? request.basis };
    }
    b.emit(c.decision === 'approve' ? 'terminated' : 'terminate_rejected', { note: c.note, data: { reason: request.reason } });
  },
  // GZ Art.21: long-term matters report progress periodically; each report is due within one handling period.
  'long-term'(b, c) {
    b.m.longTerm = true;
    b.m.deadlines.checkBy = null;
    if (b.m.status === 'dispatched') b.m.status = 'in_progress';
    b.restartHandling();
    b.emit('long_term', { note: c.note, data: { nextReportBy: b.m.deadlines.handleBy } });
  },
  'progress-report'(b, c) {
    b.restartHandling();
    b.emit('progress_reported', { note: c.content, data: { nextReportBy: b.m.deadlines.handleBy } });
  },
  // CS Art.27: the unit may appeal an unsatisfied rating within 5 WD with evidence (policy-gated).
  appeal(b, c) {
    b.m.pending = { kind: 'appeal', reason: c.evidence, at: b.nowIso, unitId: b.m.leadUnitId!, fromStatus: b.m.status };
    b.emit('appealed', { note: c.evidence });
  },
  'appeal-review'(b, c) {
    b.m.pending = null;
    if (c.decision === 'approve' && b.m.rating) b.m.rating = { ...b.m.rating, excluded: true };
    b.emit('appeal_decided', { note: c.note, data: { decision: c.decision } });
  },
  note(b, c) {
    b.emit('note_added', { note: c.content });
  },
  'extension-review': reviewExtension,
  'callback-decision': decideCallback,
  supervise,
  tick(b) {
    for (const action of dueActions(b.m, b.ctx)) action.apply(b);
  },
};

const close = (b: Builder, data: Record<string, unknown>) => b.close(data);

/**
 * GZ Art.14, 17: the check window and the handling period count from dispatch. CS Art.17, 19: under a signing policy
 * the unit signs first and handling counts from signing (./centre.ts).
 */
function startChecking(b: Builder) {
  if (b.ctx.policy.signing) return startSigning(b);
  b.m.deadlines.checkBy = addWorkingDays(b.ctx.calendar, b.ctx.now, b.ctx.policy.checkWindowWD);
  b.restartHandling();
}
