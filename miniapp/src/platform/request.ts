/**
 * HTTP adapter: the only place that calls Taro.request. Pages and services go through src/services/api.ts.
 *
 * Taro.request resolves for every HTTP status (4xx/5xx included) in both weapp and H5, and rejects only when no
 * response arrived (offline, DNS, TLS, timeout, domain not whitelisted in weapp). This adapter keeps that split:
 * it resolves `{status, data}` for any response and throws NetworkError otherwise; the API client decides what a
 * status means.
 */
import Taro from '@tarojs/taro';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface HttpRequest {
  method: HttpMethod;
  url: string;
  /** JSON body (POST/PUT) or query parameters (GET). */
  data?: unknown;
  headers?: Record<string, string>;
  /** Milliseconds; H5 otherwise waits 60 s and weapp uses app.json's networkTimeout. */
  timeoutMs?: number;
}

export interface HttpResponse<T = unknown> {
  status: number;
  data: T;
}

/** No HTTP response at all. `reason` is the platform's errMsg, for logs only (it is not user-facing text). */
export class NetworkError extends Error {
  constructor(readonly reason: string) {
    super(`network request failed: ${reason}`);
    this.name = 'NetworkError';
  }
}

export const DEFAULT_TIMEOUT_MS = 10_000;

export async function request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
  try {
    const res = await Taro.request({
      url: req.url,
      method: req.method,
      data: req.data as TaroGeneral.IAnyObject | undefined,
      header: { 'Content-Type': 'application/json', ...req.headers },
      timeout: req.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      dataType: 'json',
    });
    return { status: res.statusCode, data: res.data as T };
  } catch (err) {
    throw new NetworkError(describe(err));
  }
}

function describe(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { errMsg?: unknown; message?: unknown };
    if (typeof e.errMsg === 'string' && e.errMsg) return e.errMsg;
    if (typeof e.message === 'string' && e.message) return e.message;
  }
  return String(err);
}
