/**
 * Backend client (SPEC §5). Pages call these functions; only the platform adapter touches Taro.request.
 *
 * Every failure becomes an ApiError whose `message` is safe to show to the user as is:
 * - the backend's `{"error":{"code","message","details?"}}` → its code and message;
 * - any other non-2xx reply (proxy page, gateway timeout) → a generic Chinese message;
 * - no reply at all → NETWORK_ERROR with a "check your network" message.
 */
import type { Role } from '../../../shared/domain/types';
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
  /** Policy profile name, e.g. `guangzhou` (SPEC §3). */
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
