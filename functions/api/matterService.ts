/**
 * Matter use cases over the state machine and the store. Handlers stay thin: they parse HTTP, call one of these
 * with the actor from the token and `now` from the event, and return what it returns.
 */
import { randomUUID } from 'node:crypto';
import { shanghaiDay } from '../../shared/calendar';
import { DomainError, forbidden, notFound, type ErrorDetail } from '../../shared/domain/errors';
import type { Command } from '../../shared/domain/commands';
import { claimMatter, createMatter, decide, type Ctx } from '../../shared/domain/stateMachine';
import type { Actor, Matter, Status } from '../../shared/domain/types';
import { OPEN_STATUSES } from '../../shared/domain/statusGroups';
import { STATUSES } from '../../shared/domain/types';
import {
  ACTION_SCHEMAS,
  callerLookupSchema,
  claimSchema,
  parseOrThrow,
  phoneRegistrationSchema,
  submissionSchema,
  type HttpAction,
  type SubmissionInput,
} from '../../shared/schemas';
import type { PiiCipher } from '../privacy/pii';
import type { PhotoService } from '../uploads/photos';
import type { RateLimiter } from './rateLimit';
import type { MatterStore, StoredMatter } from '../store/matterStore';
import { matterSummary, matterView, publicView, type UnitNames } from '../../shared/views';

export interface ServiceDeps {
  store: MatterStore;
  cipher: PiiCipher;
  /** Policy and calendar at `now`. */
  ctx: (now: number) => Ctx;
  /** Unit id → name (cached by the caller). */
  units: (now: number) => Promise<UnitNames>;
  /** Submission rate limit, written in the submit transaction (docs/rules.md §7). */
  limits?: RateLimiter;
  /** Photos: ownership and existence at submit, read URLs in views. */
  photos?: PhotoService;
}

const IDEMPOTENCY_TTL_S = 7 * 24 * 3600;
/** Matters read per status for the same-caller check (the most recent; DynamoDB filters after reading them). */
const CALLER_SCAN_LIMIT = 300;
/** How long identical facts from the same requestor are linked to the first matter (GZ Art.22, CS Art.13(6)). */
const REPEAT_WINDOW_S = 30 * 24 * 3600;

/** Same facts: the content with whitespace and punctuation removed, plus category and district. */
export const factsOf = (i: { category: string; district: string; content: string }) =>
  `${i.category}|${i.district}|${i.content.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()}`;

export class MatterService {
  constructor(private readonly d: ServiceDeps) {}

  private async trackingNo(now: number): Promise<string> {
    const { policy } = this.d.ctx(now);
    const day = shanghaiDay(now).replace(/-/g, '').slice(2); // yymmdd
    const seq = await this.d.store.nextSequence(`${policy.trackingPrefix}${day}`);
    return `${policy.trackingPrefix}${day}${String(seq).padStart(4, '0')}`;
  }

  /** GZ Art.26, CS Art.39: every event a staff account causes records that account (username and display name). */
  private stampActor(events: Array<{ actor: { username?: string; name?: string } }>, actor: Actor) {
    if (actor.role === 'citizen' || !actor.username) return;
    for (const e of events) Object.assign(e.actor, { username: actor.username, ...(actor.name ? { name: actor.name } : {}) });
  }

  /** Fingerprints stored with a matter: the last 4 digits (lookup, claim) and the whole number (same-caller check). */
  private phoneFingerprints(phone: string) {
    return { phoneLast4Hash: this.d.cipher.fingerprint(phone.slice(-4)), phoneHash: this.d.cipher.fingerprint(phone) };
  }

  private async view(stored: StoredMatter, events: Parameters<typeof matterView>[0]['events'], viewer: Actor, now: number) {
    const contact = stored.pii ? this.d.cipher.open(stored.pii) : null;
    // Photos are matter content, not identity: whoever may read the matter sees them, confidential or not (docs/rules.md §7
    // hides the requestor's name and phone from units). Short-lived URLs, signed per view.
    const [units, photos] = await Promise.all([this.d.units(now), this.d.photos?.urls(stored.matter.attachments ?? []) ?? []]);
    return matterView({ matter: stored.matter, events, contact, viewer, units, photos });
  }

  /** POST /v1/matters (citizen). A retry with the same Idempotency-Key returns the matter the first request made. */
  async submit(actor: Actor, body: unknown, idempotencyKey: string | undefined, now: number) {
    const ctx = this.d.ctx(now);
    // The header's problem and every body problem are reported together, the header's first.
    const keyProblems: ErrorDetail[] =
      !idempotencyKey || !/^[A-Za-z0-9_-]{8,64}$/.test(idempotencyKey) ? [{ field: 'Idempotency-Key', message: '缺少或无效的 Idempotency-Key 请求头（8–64 位字母、数字、_ 或 -）' }] : [];
    let input: SubmissionInput;
    try {
      input = parseOrThrow(submissionSchema(ctx.policy.districts), body);
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== 'VALIDATION_FAILED' || !keyProblems.length) throw e;
      throw new DomainError('VALIDATION_FAILED', keyProblems[0].message, [...keyProblems, ...((e.details as ErrorDetail[]) ?? [])]);
    }
    if (keyProblems.length || !idempotencyKey) throw new DomainError('VALIDATION_FAILED', keyProblems[0].message, keyProblems);
    const bodyHash = this.d.cipher.fingerprint(`submit|${JSON.stringify(input)}`);
    const openid = actor.openid!;
    // Each photo must be the caller's own upload and present in the bucket (then it is kept: tagged attached).
    if (input.attachments.length) {
      if (!this.d.photos) throw new DomainError('UNAVAILABLE', '图片上传暂时不可用，请删除图片后提交');
      await this.d.photos.attachAll(openid, input.attachments);
    }
    const trackingNo = await this.trackingNo(now);
    const decision = createMatter(
      { id: randomUUID(), trackingNo, channel: 'wechat', ownerOpenid: openid, ...input },
      actor,
      ctx,
    );
    const pii = this.d.cipher.seal({ name: input.contactName, phone: input.contactPhone });
    const outcome = await this.d.store.create(decision, {
      pii,
      ...this.phoneFingerprints(input.contactPhone),
      idempotency: { openid, key: idempotencyKey, ttl: Math.floor(now / 1000) + IDEMPOTENCY_TTL_S, bodyHash },
      repeat: { fingerprint: this.d.cipher.fingerprint(`${openid}|${factsOf(input)}`), ttl: Math.floor(now / 1000) + REPEAT_WINDOW_S },
      rateLimit: this.d.limits?.transactItem('submit', openid, now),
    });
    if (outcome.kind === 'replay') {
      // IETF Idempotency-Key draft: the same key with another body is refused (422); the same body → the first result.
      if (outcome.bodyHash && outcome.bodyHash !== bodyHash) {
        throw new DomainError('IDEMPOTENCY_KEY_REUSED', '该 Idempotency-Key 已用于另一条不同内容的提交，请为新的提交生成新的 Idempotency-Key', [
          { field: 'Idempotency-Key', message: '已用于不同的请求内容' },
        ]);
      }
      return { status: 200, body: await this.get(actor, outcome.matterId, now) };
    }
    // GZ Art.22: the same requestor with the same facts is linked to the original, not entered again.
    if (outcome.kind === 'repeat') {
      const original = await this.get(actor, outcome.matterId, now);
      return { status: 200, body: { ...original, linkedRepeat: true, notice: '您已反映过相同的诉求，已为您关联到原诉求，请在原诉求中查看进度或补充情况' } };
    }
    return { status: 201, body: await this.view({ matter: decision.matter, pii, phoneLast4Hash: null }, decision.events, actor, now) };
  }

  /**
   * POST /v1/work/matters (centre): a telephone matter registered on the caller's behalf (GZ Art.2). With `answer`, a
   * consultation is answered on the spot (GZ Art.13(1)) in the same transaction: the matter is stored already awaiting
   * the caller's rating, or not at all (a refused answer — not a consultation — registers nothing).
   */
  async register(actor: Actor, body: unknown, now: number) {
    const ctx = this.d.ctx(now);
    const input = parseOrThrow(phoneRegistrationSchema(ctx.policy.districts), body);
    const { callerPhone, channel: _channel, answer, ...fields } = input;
    const created = createMatter({ id: randomUUID(), trackingNo: await this.trackingNo(now), ownerOpenid: null, ...fields, channel: 'phone' }, actor, ctx);
    let decision = created;
    if (answer !== undefined) {
      const answered = decide(created.matter, { type: 'answer', answer }, actor, ctx);
      decision = { matter: answered.matter, events: [...created.events, ...answered.events] };
    }
    this.stampActor(decision.events, actor);
    const pii = this.d.cipher.seal({ name: input.contactName, phone: callerPhone });
    await this.d.store.create(decision, { pii, ...this.phoneFingerprints(callerPhone) });
    return this.view({ matter: decision.matter, pii, phoneLast4Hash: null }, decision.events, actor, now);
  }

  /** Who may read a matter: its owner, the centre, admin, and units on it (lead or co-unit). */
  private assertCanRead(m: Matter, actor: Actor) {
    if (actor.role === 'citizen') {
      if (m.ownerOpenid !== actor.openid) throw notFound();
    } else if (actor.role === 'unit') {
      if (m.leadUnitId !== actor.unitId && !m.coUnitIds.includes(actor.unitId ?? '')) throw forbidden('该诉求不由您的单位承办');
    }
  }

  async get(actor: Actor, id: string, now: number) {
    const found = await this.d.store.getWithTimeline(id);
    if (!found) throw notFound();
    this.assertCanRead(found.matter, actor);
    return this.view(found, found.events, actor, now);
  }

  /** POST /v1/matters/{id}/{action}. `ifMatch` = the version the caller saw (optional). */
  async act(actor: Actor, id: string, action: string, body: unknown, ifMatch: string | undefined, now: number) {
    if (!(action in ACTION_SCHEMAS)) throw notFound('没有这个操作');
    const input = parseOrThrow(ACTION_SCHEMAS[action as HttpAction], body);
    // One Query reads the matter with its timeline, one transaction writes: two round trips per command.
    const stored = await this.d.store.getWithTimeline(id);
    if (!stored) throw notFound();
    if (actor.role === 'citizen' && stored.matter.ownerOpenid !== actor.openid) throw notFound();
    if (ifMatch !== undefined) {
      const expected = Number(ifMatch.replace(/^W\//, '').replace(/"/g, ''));
      if (!Number.isInteger(expected)) throw new DomainError('VALIDATION_FAILED', 'If-Match 应为诉求的版本号', [{ field: 'If-Match', message: '整数' }]);
      if (expected !== stored.matter.version) {
        throw new DomainError('VERSION_CONFLICT', '该诉求已被更新，请刷新后再操作', { expectedVersion: expected, currentVersion: stored.matter.version });
      }
    }
    if ((action === 'dispatch' || action === 'designate' || action === 'return-review' || action === 'callback-decision') && 'leadUnitId' in input) {
      await this.assertUnitsExist([input.leadUnitId as string | undefined, ...((input as { coUnitIds?: string[] }).coUnitIds ?? [])], now);
    }
    const decision = decide(stored.matter, { type: action, ...input } as Command, actor, this.d.ctx(now));
    this.stampActor(decision.events, actor);
    await this.d.store.apply(stored, decision);
    return this.view({ ...stored, matter: decision.matter }, [...stored.events, ...decision.events], actor, now);
  }

  private async assertUnitsExist(ids: Array<string | undefined>, now: number) {
    const units = await this.d.units(now);
    const missing = ids.filter((u): u is string => !!u && !units.has(u));
    if (missing.length) {
      throw new DomainError('VALIDATION_FAILED', `承办单位不存在：${missing.join('、')}`, missing.map((u) => ({ field: 'leadUnitId', message: `未知单位 ${u}` })));
    }
  }

  async listMine(actor: Actor, cursor: string | undefined, now: number) {
    const page = await this.d.store.listByOwner(actor.openid!, cursor);
    const units = await this.d.units(now);
    return { items: page.items.map((m) => matterSummary(m, units, 'citizen')), cursor: page.cursor };
  }

  /** GET /v1/work/matters: a unit sees its own queue only; the centre and admin any unit's or the centre's. */
  async queue(actor: Actor, q: Record<string, string | undefined>, now: number) {
    const status = q.status as Status | undefined;
    if (status !== undefined && !STATUSES.includes(status)) {
      throw new DomainError('VALIDATION_FAILED', '状态筛选不正确', [{ field: 'status', message: `应为 ${STATUSES.join('/')}` }]);
    }
    const bool = (v: string | undefined, field: string) => {
      if (v === undefined || v === '') return undefined;
      if (v === 'true' || v === 'false') return v === 'true';
      throw new DomainError('VALIDATION_FAILED', `${field} 应为 true 或 false`, [{ field, message: 'true/false' }]);
    };
    let supervisionLevel: number | undefined;
    if (q.supervisionLevel !== undefined && q.supervisionLevel !== '') {
      supervisionLevel = Number(q.supervisionLevel);
      if (![0, 1, 2, 3].includes(supervisionLevel)) {
        throw new DomainError('VALIDATION_FAILED', '督办级别应为 0–3', [{ field: 'supervisionLevel', message: '0–3' }]);
      }
    }
    let unitId = q.unitId || undefined;
    if (actor.role === 'unit') {
      if (unitId && unitId !== actor.unitId) throw forbidden('只能查看本单位的诉求');
      unitId = actor.unitId;
    }
    if (q.callerPhone !== undefined && q.callerPhone !== '') return this.openMattersOfCaller(actor, q.callerPhone, now);
    const page = await this.d.store.queue({ unitId, status, overdue: bool(q.overdue, 'overdue'), supervisionLevel, cursor: q.cursor });
    const units = await this.d.units(now);
    return { items: page.items.map((m) => matterSummary(m, units, 'staff')), cursor: page.cursor };
  }

  /**
   * GET /v1/work/matters?callerPhone= (centre): the caller's open matters, for the duplicate check while registering
   * a call (GZ Art.22). Compared by the phone's fingerprint, never decrypted; one Query per open status on the centre
   * queue, each over its most recent CALLER_SCAN_LIMIT matters.
   */
  private async openMattersOfCaller(actor: Actor, callerPhone: string, now: number) {
    if (actor.role !== 'center') throw forbidden('只有热线工作机构可以按来电号码查找诉求');
    const phone = parseOrThrow(callerLookupSchema, { callerPhone }).callerPhone;
    const phoneHash = this.d.cipher.fingerprint(phone);
    const pages = await Promise.all(
      OPEN_STATUSES.map((status) => this.d.store.queue({ status, phoneHash, limit: CALLER_SCAN_LIMIT, newestFirst: true })),
    );
    const units = await this.d.units(now);
    const items = pages
      .flatMap((p) => p.items)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
      .map((m) => matterSummary(m, units, 'staff'));
    return { items, cursor: null };
  }

  /** Tracking number + last 4 digits → the matter, or null. Wrong digits look exactly like an unknown number. */
  private async findByTracking(body: unknown) {
    const { trackingNo, phoneLast4 } = parseOrThrow(claimSchema, body);
    const id = await this.d.store.idForTrackingNo(trackingNo);
    const found = id ? await this.d.store.getWithTimeline(id) : null;
    if (!found || found.phoneLast4Hash !== this.d.cipher.fingerprint(phoneLast4)) {
      throw notFound('未找到该诉求，请核对受理编号和手机号后4位');
    }
    return found;
  }

  /** POST /v1/matters/claim (citizen): bind a telephone matter to the caller's WeChat identity, once. */
  async claim(actor: Actor, body: unknown, now: number) {
    const found = await this.findByTracking(body);
    const decision = claimMatter(found.matter, actor, this.d.ctx(now));
    await this.d.store.apply(found, decision);
    return this.view({ ...found, matter: decision.matter }, [...found.events, ...decision.events], actor, now);
  }

  /** GET /v1/lookup (no sign-in): limited public view. */
  async lookup(query: unknown, now: number) {
    const found = await this.findByTracking(query);
    return publicView(found.matter, found.events, await this.d.units(now));
  }
}
