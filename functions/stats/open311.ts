/**
 * Read-only Open311 GeoReport v2 (https://wiki.open311.org/GeoReport_v2) over the hotline's matters — open data for
 * the public (WF Art.28: disclose hotline information according to law; WF Art.29, CS Art.8(4): analysis of what the
 * public raises). JSON only. What is published:
 * - never a confidential matter (WF Art.11, CS Art.15), never contact details;
 * - category, status, district, dates and the responsible unit; no location (`lat`/`long` null), no `media_url`;
 * - `description`: what the citizen typed only when they agreed to publish it at submission (`publishConsent`),
 *   after a redaction pass (shared/privacy/redact.ts: names, numbers, e-mail and street addresses); otherwise a fixed
 *   sentence naming the category (GZ Art.25, CS Art.28, WF Art.7: personal privacy is not disclosed).
 * Detailed statuses map onto open/closed; the Chinese status and supervision level go into `status_notes`.
 */
import * as z from 'zod/mini';
import { lazy } from '../../shared/schemas/lazy';
import { DomainError, notFound } from '../../shared/domain/errors';
import { CATEGORY_HINTS, CATEGORY_LABELS, STATUS_LABELS, supervisionText } from '../../shared/domain/labels';
import { OPEN_STATUSES, TERMINAL_STATUSES } from '../../shared/domain/statusGroups';
import { CATEGORIES, type Matter, type Status } from '../../shared/domain/types';
import type { PolicyProfile } from '../../shared/policy';
import { redact } from '../../shared/privacy/redact';
import { parseOrThrow } from '../../shared/schemas';
import { shanghaiDay } from '../../shared/calendar';
import { daySpan } from '../../shared/stats/periods';
import type { MatterStore } from '../store/matterStore';
import type { StatsReader } from './reader';

/** GeoReport v2: closed = the request is finished one way or another. */
export const CLOSED_STATUSES: readonly Status[] = TERMINAL_STATUSES;
export { OPEN_STATUSES };
export const MAX_REQUESTS = 200;
/** Open data is public: each caller address gets this budget (merged into the app's rate limits). */
export const OPEN_DATA_LIMITS = { 'open311-ip': { max: 120, windowSeconds: 600, message: '开放数据查询过于频繁，请10分钟后再试' } };
/** GeoReport v2 default window when no dates are given, and the longest span a search may cover. */
export const DEFAULT_DAYS = 90;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime' | 'batch' | 'blackbox';
  keywords: string;
  group: string;
}

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

export function services(): Open311Service[] {
  return CATEGORIES.map((c) => ({
    service_code: c,
    service_name: CATEGORY_LABELS[c],
    description: CATEGORY_HINTS[c],
    metadata: false,
    type: 'realtime',
    keywords: CATEGORY_LABELS[c],
    group: '12345政务服务便民热线',
  }));
}

export { redact };

/** The published description: the redacted text when the citizen opted in, otherwise no free text at all. */
export const publicDescription = (m: Pick<Matter, 'content' | 'category' | 'publishConsent'>): string =>
  m.publishConsent === true ? redact(m.content).slice(0, 500) : `${CATEGORY_LABELS[m.category]}类诉求（诉求人未同意公开诉求内容）`;

export function toRequest(m: Matter, unitNames: ReadonlyMap<string, string>, policy: PolicyProfile): Open311Request {
  const closed = CLOSED_STATUSES.includes(m.status);
  // The supervision of the running deadline while open (GZ Art.23, CS Art.33–35); a closed matter says it was supervised.
  const supervision = !closed ? supervisionText(m.escalation, m.overdue) : m.supervisionLevel > 0 ? '办理中曾被督办' : null;
  const notes = [STATUS_LABELS[m.status], supervision].filter(Boolean).join('；');
  const handleBy = m.deadlines.handleBy;
  return {
    service_request_id: m.trackingNo,
    status: closed ? 'closed' : 'open',
    status_notes: notes || null,
    service_name: CATEGORY_LABELS[m.category],
    service_code: m.category,
    description: publicDescription(m),
    agency_responsible: m.leadUnitId ? (unitNames.get(m.leadUnitId) ?? null) : null,
    // GZ Art.17 (and the running policy): the handling period a unit has, in working days.
    service_notice: `${policy.label}12345：${CATEGORY_LABELS[m.category]}类诉求自承办单位签收次日起${policy.handlingWD[m.category]}个工作日内办理`,
    requested_datetime: m.createdAt,
    updated_datetime: m.updatedAt,
    expected_datetime: !closed && handleBy ? handleBy.at : null,
    address: m.district,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

/** GeoReport v2 dates: W3C date-times ('2026-11-02T10:00:00+08:00'); a bare day is accepted as that Shanghai day. */
const dateParam = (label: string) =>
  z.optional(
    z.string({ error: `${label}应为 ISO 8601 时间，如 2026-11-02T00:00:00+08:00` }).check(
      z.refine<string>((s) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(s) && Number.isFinite(Date.parse(s.length === 10 ? `${s}T00:00:00+08:00` : s)), {
        error: `${label}应为 ISO 8601 时间，如 2026-11-02T00:00:00+08:00`,
      }),
    ),
  );

export const requestsQuerySchema = /* @__PURE__ */ lazy(() =>
  z.object({
    start_date: dateParam('start_date'),
    end_date: dateParam('end_date'),
    status: z.optional(
      z.string({ error: 'status 应为 open 或 closed' }).check(z.refine<string>((s) => s.split(',').every((x) => x === 'open' || x === 'closed'), { error: 'status 应为 open 或 closed' })),
    ),
    service_code: z.optional(
      z
        .string({ error: `service_code 应为 ${CATEGORIES.join('、')}` })
        .check(z.refine<string>((s) => s.split(',').every((x) => (CATEGORIES as readonly string[]).includes(x)), { error: `service_code 应为 ${CATEGORIES.join('、')}` })),
    ),
  }),
);

export interface OpenDataDeps {
  reader: StatsReader;
  store: MatterStore;
  policy: PolicyProfile;
  unitNames: (now: number) => Promise<ReadonlyMap<string, string>>;
}

const instant = (s: string, endOfDay: boolean) => Date.parse(s.length === 10 ? `${s}T${endOfDay ? '23:59:59.999' : '00:00:00'}+08:00` : s);

export class OpenData {
  constructor(private readonly d: OpenDataDeps) {}

  /** GET /v1/open311/requests.json: newest first, at most 200, confidential matters never. */
  async requests(raw: Record<string, string | undefined>, now: number): Promise<Open311Request[]> {
    const q = parseOrThrow(requestsQuerySchema, raw);
    const endMs = q.end_date ? instant(q.end_date, true) : now;
    const startMs = q.start_date ? instant(q.start_date, false) : endMs - DEFAULT_DAYS * 86_400_000;
    if (startMs > endMs) throw new DomainError('VALIDATION_FAILED', 'start_date 不能晚于 end_date', [{ field: 'start_date', message: '晚于 end_date' }]);
    const from = shanghaiDay(startMs);
    const to = shanghaiDay(endMs);
    if (daySpan(from, to) > DEFAULT_DAYS + 1) {
      throw new DomainError('VALIDATION_FAILED', `查询区间不能超过${DEFAULT_DAYS}天`, [{ field: 'start_date', message: '区间过长' }]);
    }
    const wanted = q.status ? new Set(q.status.split(',')) : new Set(['open', 'closed']);
    const statuses = [...(wanted.has('open') ? OPEN_STATUSES : []), ...(wanted.has('closed') ? CLOSED_STATUSES : [])];
    const codes = q.service_code ? q.service_code.split(',') : null;
    const { matters } = await this.d.reader.mattersCreated({
      from,
      to: to < from ? from : to,
      statuses,
      max: MAX_REQUESTS,
      newestFirst: true,
      filter: {
        expression: codes ? '#conf <> :true AND #cat IN (' + codes.map((_, i) => `:c${i}`).join(', ') + ')' : '#conf <> :true',
        names: codes ? { '#conf': 'confidential', '#cat': 'category' } : { '#conf': 'confidential' },
        values: { ':true': true, ...Object.fromEntries((codes ?? []).map((c, i) => [`:c${i}`, c])) },
      },
    });
    const names = await this.d.unitNames(now);
    // The day range is coarser than the instants asked for: trim to them.
    return matters
      .filter((m) => Date.parse(m.createdAt) >= startMs && Date.parse(m.createdAt) <= endMs && !m.confidential)
      .map((m) => toRequest(m, names, this.d.policy));
  }

  /** GET /v1/open311/requests/{id}.json — {id} is the tracking number; a confidential matter does not exist here. */
  async request(rawId: string | undefined, now: number): Promise<Open311Request[]> {
    const id = String(rawId ?? '').replace(/\.json$/i, '').toUpperCase();
    if (!/^[A-Z]{2}\d{10,12}$/.test(id)) throw notFound('未找到该诉求');
    const matterId = await this.d.store.idForTrackingNo(id);
    const stored = matterId ? await this.d.store.get(matterId) : null;
    if (!stored || stored.matter.confidential) throw notFound('未找到该诉求');
    return [toRequest(stored.matter, await this.d.unitNames(now), this.d.policy)];
  }
}
