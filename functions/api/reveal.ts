/**
 * Revealing a citizen's full phone number to staff who must call back (CS Art.16, 25, 26: callbacks; GZ Art.25,
 * CS Art.15, WF Art.11: personal data protected). Staff views mask the number; the centre and the lead unit may
 * reveal it with a reason — never a unit on a confidential matter — and every reveal is recorded (who, when, which
 * matter, why), counted per account (rate limit) and listed for the centre and admin.
 *
 * Order matters: the authorisation is checked before the counter and the record, so a refused reveal leaves no
 * trace of a number having been shown (and costs the account nothing).
 */
import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { lazy } from '../../shared/schemas/lazy';
import { DomainError } from '../../shared/domain/errors';
import { revealRefusal } from '../../shared/domain/guards';
import { refusalError } from '../../shared/domain/refusals';
import type { Actor } from '../../shared/domain/types';
import { parseOrThrow } from '../../shared/schemas';
import type { PiiCipher } from '../privacy/pii';
import type { MatterStore } from '../store/matterStore';
import type { RateLimiter } from './rateLimit';

export const REVEAL_LIMIT = { max: 30, windowSeconds: 3600, message: '查看诉求人号码过于频繁，请一小时后再试' };

export const revealSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    reason: z
      .string({ error: '请填写查看号码的原因' })
      .check(z.trim(), z.minLength(2, { error: '请填写查看号码的原因（至少2个字）' }), z.maxLength(200, { error: '原因最多200个字' })),
  }),
);

const revealsPk = (month: string) => ({ pk: `REVEALS#${month}` });

export interface RevealRecord {
  matterId: string;
  trackingNo: string;
  username: string;
  role: string;
  unitId?: string;
  reason: string;
  at: string;
}

export class ContactReveals {
  constructor(
    private readonly d: { db: DynamoDBDocumentClient; table: string; store: MatterStore; cipher: PiiCipher; limits: RateLimiter },
  ) {}

  /** POST /v1/matters/{id}/reveal-phone {reason} → {phone, name, tel}. */
  async reveal(actor: Actor, id: string, body: unknown, now: number) {
    const { reason } = parseOrThrow(revealSchema, body);
    const found = await this.d.store.get(id);
    if (!found) throw new DomainError('NOT_FOUND', '未找到该诉求或资源');
    const m = found.matter;
    // The centre, and the lead unit unless confidential (WF Art.11, CS Art.15): the same answer as the workbench's button.
    const refused = revealRefusal(m, actor);
    if (refused) throw refusalError(refused);
    if (!found.pii) throw new DomainError('NOT_FOUND', '该诉求没有留联系电话');
    await this.d.limits.hit('reveal', actor.username ?? actor.role, now);
    const contact = this.d.cipher.open(found.pii);
    const at = new Date(now).toISOString();
    const record: RevealRecord = { matterId: m.id, trackingNo: m.trackingNo, username: actor.username ?? actor.role, role: actor.role, ...(actor.unitId ? { unitId: actor.unitId } : {}), reason, at };
    await this.d.db.send(new PutCommand({ TableName: this.d.table, Item: { ...revealsPk(at.slice(0, 7)), sk: `${at}#${m.id}#${record.username}`, entity: 'reveal', ...record } }));
    return { phone: contact.phone, name: contact.name, tel: `tel:${contact.phone}` };
  }

  /** GET /v1/work/reveals?month=YYYY-MM (centre, admin): every reveal of the month, newest first. */
  async list(actor: Actor, query: Record<string, string | undefined>, now: number) {
    if (actor.role !== 'center' && actor.role !== 'admin') throw new DomainError('FORBIDDEN', '只有热线工作机构和管理员可以查看号码查看记录');
    const month = query.month ?? new Date(now + 8 * 3600_000).toISOString().slice(0, 7);
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new DomainError('VALIDATION_FAILED', '月份格式应为 YYYY-MM', [{ field: 'month', message: '格式错误' }]);
    const r = await this.d.db.send(
      new QueryCommand({ TableName: this.d.table, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': revealsPk(month).pk }, ScanIndexForward: false, Limit: 500 }),
    );
    return { month, items: (r.Items ?? []).map(({ pk: _pk, sk: _sk, entity: _e, ...rest }) => rest as RevealRecord) };
  }
}
