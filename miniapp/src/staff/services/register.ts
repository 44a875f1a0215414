/**
 * Telephone channel (docs/rules.md §2 "channels", GZ Art.2): a centre operator registers a call on the caller's behalf.
 *
 * - POST /v1/work/matters {channel: 'phone', callerPhone, …submission fields} → 201 matter, validated first with the
 *   backend's own schema (shared/schemas phoneRegistrationSchema) so the messages are the same;
 * - a consultation the knowledge base answers is answered on the spot (GZ Art.13(1)) in the same request
 *   (`answer` in the body): the backend registers and answers it together, or does neither;
 * - possible duplicates (GZ Art.22): there is no search API, so the open queues (received, dispatched,
 *   in_progress; first page of each) are read once and matched here on district and address text. Queue rows carry
 *   no address and no caller, so the address is looked for in the row's content and title, and the caller cannot be
 *   matched at all: a server-side duplicate search would be better.
 */
import { ACTION_SCHEMAS, phoneRegistrationSchema } from '../../../../shared/schemas';
import type { Category } from '../../../../shared/domain/types';
import { IN_WORK_STATUSES } from '../../../../shared/domain/statusGroups';
import { call } from '../../services/api';
import { STAFF_ROUTES } from '../platform/navigation';
import { fetchQueue } from './api';
import type { QueueItem, StaffMatter, StaffSession, Status } from '../../../../shared/views';

export const REGISTER_ROUTE = STAFF_ROUTES.register;

/** What the operator types. */
export interface RegistrationForm {
  callerPhone: string;
  contactName: string;
  category: Category | null;
  district: string | null;
  address: string;
  content: string;
  confidential: boolean;
}

export const EMPTY_REGISTRATION: RegistrationForm = {
  callerPhone: '',
  contactName: '',
  category: null,
  district: null,
  address: '',
  content: '',
  confidential: false,
};

/** Body of POST /v1/work/matters (phoneRegistrationSchema output). */
export interface PhoneRegistrationBody {
  channel: 'phone';
  callerPhone: string;
  category: Category;
  content: string;
  district: string;
  address: string | null;
  contactName: string | null;
  confidential: boolean;
  attachments: string[];
  title?: string | null;
  location?: null;
}

export type RegistrationErrors = Partial<Record<keyof RegistrationForm | 'form', string>>;

/** Validates with the backend's schema: the body to send, or the first message per field. */
export function validateRegistration(
  form: RegistrationForm,
  districts: readonly string[],
): { ok: true; body: PhoneRegistrationBody } | { ok: false; errors: RegistrationErrors } {
  const r = phoneRegistrationSchema(districts).safeParse({
    channel: 'phone',
    callerPhone: form.callerPhone,
    contactName: form.contactName,
    category: form.category ?? undefined,
    district: form.district ?? undefined,
    address: form.address,
    content: form.content,
    confidential: form.confidential,
    location: null,
    attachments: [],
  });
  if (r.success) return { ok: true, body: r.data as PhoneRegistrationBody };
  const errors: RegistrationErrors = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? 'form') as keyof RegistrationErrors;
    if (!errors[key]) errors[key] = issue.message;
  }
  return { ok: false, errors };
}

/**
 * POST /v1/work/matters → 201 the new matter (as staff see it: masked contact). With `answer` (a consultation), the
 * matter comes back already answered and awaiting the caller's rating; an answer the backend refuses registers nothing.
 */
export function registerPhoneMatter(session: StaffSession, body: PhoneRegistrationBody, answer?: string): Promise<StaffMatter> {
  const withAnswer = answer === undefined ? body : { ...body, answer: ACTION_SCHEMAS.answer.parse({ answer }).answer };
  return call<StaffMatter>('POST', '/v1/work/matters', { token: session.token, body: withAnswer });
}

export const ANSWER_MAX = 2000;

/** The answer text for a knowledge article: its body, cut to what the answer action accepts. */
export function answerText(article: { title: string; body: string }): string {
  const body = article.body.trim() || article.title.trim();
  return body.length > ANSWER_MAX ? `${body.slice(0, ANSWER_MAX - 1)}…` : body;
}

/** The statuses in which a new call about the same thing is most likely a duplicate (GZ Art.22). */
export const OPEN_STATUSES: readonly Status[] = IN_WORK_STATUSES;

/** GET /v1/work/matters for each open status (first page of each, in parallel), newest first, without repeats. */
export async function fetchOpenMatters(session: StaffSession): Promise<QueueItem[]> {
  const pages = await Promise.all(OPEN_STATUSES.map((status) => fetchQueue(session, { status })));
  const seen = new Set<string>();
  const out: QueueItem[] = [];
  for (const item of pages.flatMap((p) => p.items)) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    out.push(item);
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}

/**
 * The caller's open matters (any channel), compared by the backend on the phone's fingerprint
 * (GET /v1/work/matters?callerPhone=, centre only; GZ Art.22), newest first.
 */
export async function fetchCallerMatters(session: StaffSession, callerPhone: string): Promise<QueueItem[]> {
  const page = await call<{ items?: QueueItem[] }>('GET', '/v1/work/matters', { token: session.token, query: { callerPhone } });
  return Array.isArray(page?.items) ? page.items : [];
}

/**
 * Same caller first (the surest sign of a repeat), then same address; a matter found both ways is listed once,
 * with both reasons. At most MAX_DUPLICATES.
 */
export function mergeDuplicates(
  byCaller: readonly QueueItem[],
  byAddress: readonly DuplicateSuggestion[],
  exclude?: string | null,
): DuplicateSuggestion[] {
  const out: DuplicateSuggestion[] = [];
  const address = new Map(byAddress.map((d) => [d.item.id, d.reason]));
  for (const item of byCaller) {
    if (exclude && item.id === exclude) continue;
    const also = address.get(item.id);
    out.push({ item, reason: `同一来电号码的在办诉求${also ? `；${also}` : ''}` });
  }
  for (const d of byAddress) if (!out.some((o) => o.item.id === d.item.id) && d.item.id !== exclude) out.push(d);
  return out.slice(0, MAX_DUPLICATES);
}

/** Letters, digits and CJK only: spaces, punctuation and 全角 symbols do not decide a match. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^0-9a-z\u3400-\u9fff]/g, '');
}

/** Length of the longest common substring of two (short) strings. */
export function longestCommon(a: string, b: string): number {
  if (!a || !b) return 0;
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best) best = cur[j];
      }
    }
    prev = cur;
  }
  return best;
}

/** An address shorter than this (after normalising) says too little to match on. */
export const ADDRESS_MIN = 4;
/** Characters in common that count as "the same address" (or the whole address when it is shorter). */
export const ADDRESS_OVERLAP = 6;
export const MAX_DUPLICATES = 5;

export interface DuplicateSuggestion {
  item: QueueItem;
  /** Why it is suggested, in words. */
  reason: string;
}

/**
 * Open matters that may be about the same thing: the same district (when one is chosen) and the typed address
 * found in the row's title or content (at least ADDRESS_OVERLAP characters in common, or all of a shorter address).
 * `exclude` leaves out a matter just registered from this form.
 */
export function findDuplicates(
  items: readonly QueueItem[],
  query: { district: string | null; address: string },
  exclude?: string | null,
): DuplicateSuggestion[] {
  const address = normalizeText(query.address);
  if (address.length < ADDRESS_MIN) return [];
  const need = Math.min(address.length, ADDRESS_OVERLAP);
  const out: DuplicateSuggestion[] = [];
  for (const item of items) {
    if (exclude && item.id === exclude) continue;
    if (query.district && item.district !== query.district) continue;
    const text = normalizeText(`${item.title ?? ''} ${item.content}`);
    if (longestCommon(address, text) < need) continue;
    out.push({ item, reason: `地址相近：“${query.address.trim()}”，${item.district}` });
    if (out.length >= MAX_DUPLICATES) break;
  }
  return out;
}
