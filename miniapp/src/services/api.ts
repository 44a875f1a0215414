/**
 * Backend client (docs/rules.md §5). Pages call these functions; only the platform adapter touches Taro.request.
 *
 * Every failure becomes an ApiError whose `message` is safe to show to the user as is:
 * - the backend's `{"error":{"code","message","details?"}}` → its code and message;
 * - any other non-2xx reply (proxy page, gateway timeout) → a generic Chinese message;
 * - no reply at all → NETWORK_ERROR with a "check your network" message.
 */
import type { Role } from '../../../shared/domain/types';
import type {
  AuthToken,
  Category,
  CitizenAction,
  CitizenMatter,
  KnowledgeArticle,
  MatterPage,
  PresignedUpload,
  ScreeningResult,
  SubmissionBody,
} from '../../../shared/views';
import { NetworkError, request, type HttpMethod } from '../platform/request';
import { API_BASE_URL } from './config';

export const NETWORK_ERROR_MESSAGE = '网络连接失败，请检查网络后重试';
export const UNEXPECTED_RESPONSE_MESSAGE = '服务暂时不可用，请稍后重试';

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export class ApiError extends Error {
  constructor(
    /** Backend error code (VALIDATION_FAILED, UNAUTHENTICATED, …) or NETWORK_ERROR / UNEXPECTED_RESPONSE. */
    readonly code: string,
    /** User-facing Chinese text. */
    message: string,
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiErrorBody(data: unknown): data is ApiErrorBody {
  if (!data || typeof data !== 'object') return false;
  const error = (data as { error?: unknown }).error;
  return (
    !!error &&
    typeof error === 'object' &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  );
}

/** The text to show for any error thrown while talking to the backend. */
export function errorMessage(err: unknown): string {
  return err instanceof ApiError && err.message ? err.message : UNEXPECTED_RESPONSE_MESSAGE;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  token?: string;
  headers?: Record<string, string>;
}

export async function call<T>(method: HttpMethod, path: string, options: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;

  let res;
  try {
    res = await request<unknown>({
      method,
      url: `${API_BASE_URL}${path}${queryString(options.query)}`,
      data: options.body,
      headers,
    });
  } catch (err) {
    if (err instanceof NetworkError) throw new ApiError('NETWORK_ERROR', NETWORK_ERROR_MESSAGE, 0);
    throw err;
  }

  if (res.status >= 200 && res.status < 300) return res.data as T;
  if (isApiErrorBody(res.data)) {
    const { code, message, details } = res.data.error;
    throw new ApiError(code, message || UNEXPECTED_RESPONSE_MESSAGE, res.status, details);
  }
  throw new ApiError('UNEXPECTED_RESPONSE', UNEXPECTED_RESPONSE_MESSAGE, res.status);
}

// Query strings are built here rather than via the adapter's `data`, because weapp and H5 serialise GET data differently.
function queryString(query: CallOptions['query']): string {
  if (!query) return '';
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

// ---- Endpoints ------------------------------------------------------------------------------------------------

export interface HealthResponse {
  status: 'ok';
  /** Policy profile name, e.g. `guangzhou` (docs/rules.md §3). */
  policy: string;
  /** Working-day calendar coverage; shape owned by the backend. */
  calendar: Record<string, unknown>;
}

/** GET /v1/health (no auth). Anything but `status: "ok"` counts as unavailable. */
export async function getHealth(): Promise<HealthResponse> {
  const data = await call<Partial<HealthResponse> | null>('GET', '/v1/health');
  if (!data || data.status !== 'ok' || typeof data.policy !== 'string') {
    throw new ApiError('UNEXPECTED_RESPONSE', UNEXPECTED_RESPONSE_MESSAGE, 200);
  }
  return data as HealthResponse;
}

export type StaffRole = Exclude<Role, 'citizen' | 'scheduler'>;

export interface StaffSession {
  token: string;
  role: StaffRole;
  unitId?: string;
}

/** POST /v1/auth/staff {username, password} → {token, role, unitId?}. */
export function staffSignIn(username: string, password: string): Promise<StaffSession> {
  return call<StaffSession>('POST', '/v1/auth/staff', { body: { username, password } });
}

// ---- Citizen endpoints (token from services/citizen.ts) ---------------------------------------------------------

/** POST /v1/auth/wechat {code} → {token, expiresAt}. In H5 (local/test backends only) code = `test:<openid>`. */
export function wechatSignIn(code: string): Promise<AuthToken> {
  return call<AuthToken>('POST', '/v1/auth/wechat', { body: { code } });
}

/** POST /v1/screening {content, category?}: advice before submitting (docs/rules.md §2 pre-screening). */
export function screenDraft(token: string, body: { content: string; category?: Category }): Promise<ScreeningResult> {
  return call<ScreeningResult>('POST', '/v1/screening', { token, body });
}

/** POST /v1/matters: 201 new matter, or 200 with the same matter when `idempotencyKey` was already used. */
export function submitMatter(token: string, body: SubmissionBody, idempotencyKey: string): Promise<CitizenMatter> {
  return call<CitizenMatter>('POST', '/v1/matters', { token, body, headers: { 'Idempotency-Key': idempotencyKey } });
}

/** POST /v1/uploads {contentType, size}: a presigned form for one photo (docs/rules.md §2 attachments). */
export function presignUpload(token: string, body: { contentType: string; size: number }): Promise<PresignedUpload> {
  return call<PresignedUpload>('POST', '/v1/uploads', { token, body });
}

/** GET /v1/matters?cursor=: own matters, newest first. */
export function listMyMatters(token: string, cursor?: string | null): Promise<MatterPage> {
  return call<MatterPage>('GET', '/v1/matters', { token, query: { cursor: cursor ?? undefined } });
}

export function getMatter(token: string, id: string): Promise<CitizenMatter> {
  return call<CitizenMatter>('GET', `/v1/matters/${encodeURIComponent(id)}`, { token });
}

/** POST /v1/matters/{id}/{action} with If-Match: <version> (409 VERSION_CONFLICT when someone acted first). */
export function matterAction(
  token: string,
  id: string,
  action: CitizenAction,
  body: Record<string, unknown>,
  version: number,
): Promise<CitizenMatter> {
  return call<CitizenMatter>('POST', `/v1/matters/${encodeURIComponent(id)}/${action}`, {
    token,
    body,
    headers: { 'If-Match': String(version) },
  });
}

/** GET /v1/knowledge?q= (no sign-in). */
export function searchKnowledge(q: string): Promise<{ items: KnowledgeArticle[] }> {
  return call<{ items: KnowledgeArticle[] }>('GET', '/v1/knowledge', { query: { q } });
}

/** Field messages from a 400 VALIDATION_FAILED reply (`details: [{field, message}]`), first message per field. */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(err instanceof ApiError) || !Array.isArray(err.details)) return out;
  for (const d of err.details as unknown[]) {
    if (!d || typeof d !== 'object') continue;
    const { field, message } = d as { field?: unknown; message?: unknown };
    if (typeof field === 'string' && typeof message === 'string' && field && !(field in out)) out[field] = message;
  }
  return out;
}
