/**
 * The one HTTP wrapper for Lambda handlers behind API Gateway HTTP API (payload 2.0), built on middy 4:
 *
 *   export const handler = httpHandler(async ({ now, body, log }) => json(200, await something(body, now)));
 *
 * - `now` is the request's arrival time from API Gateway (`requestContext.timeEpoch`): handlers never read the clock.
 * - Bodies over 64 KB → 413 PAYLOAD_TOO_LARGE, checked before anything parses them; malformed JSON → 400.
 * - Errors are mapped to HTTP here and nowhere else (STYLE 6): DomainError → its status; DynamoDB throttling,
 *   timeouts and outages → 503 UNAVAILABLE with Retry-After; anything else → 500 INTERNAL with a generic message.
 *   The body is always `{"error":{"code","message","details?"}}` and never carries a stack.
 */
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { DomainError, type ErrorCode } from '../../shared/domain/errors';
import { logger as rootLogger, type Logger } from './logger';

export type HttpResult = APIGatewayProxyStructuredResultV2;

export interface HttpContext {
  /** Epoch milliseconds at which API Gateway received the request. */
  now: number;
  event: APIGatewayProxyEventV2;
  /** Parsed JSON body, or undefined when the request had none. */
  body: unknown;
  requestId: string;
  /** Child logger carrying the request id and route. Never log `body`. */
  log: Logger;
  lambdaContext: Context;
}

export type HttpFunction = (ctx: HttpContext) => Promise<HttpResult>;

export interface HttpHandlerOptions {
  /** Largest accepted body in bytes (after base64 decoding). Default 64 KB. */
  maxBodyBytes?: number;
  logger?: Logger;
}

export const MAX_BODY_BYTES = 64 * 1024;
/** Seconds a client should wait after a 503 before retrying. */
export const UNAVAILABLE_RETRY_AFTER_S = 2;

/** The one map from domain error codes to HTTP statuses (STYLE 6). */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  VERSION_CONFLICT: 409,
  DEADLINE_PASSED: 409,
  LIMIT_REACHED: 409,
  ALREADY_CLAIMED: 409,
  PAYLOAD_TOO_LARGE: 413,
  /** IETF Idempotency-Key draft: the key was already used with a different request body. */
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const satisfies Record<ErrorCode, number>;

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** A JSON response. API responses may carry personal data, so nothing caches them unless a handler says so. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': JSON_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

export const ok = (body: unknown, headers?: Record<string, string>): HttpResult => json(200, body, headers);
/** 201 Created, optionally with the new resource's path in `Location`. */
export const created = (body: unknown, location?: string): HttpResult =>
  json(201, body, location ? { location } : {});
export const noContent = (headers: Record<string, string> = {}): HttpResult => ({
  statusCode: 204,
  headers: { 'cache-control': 'no-store', ...headers },
});

export function errorResponse(code: ErrorCode, message: string, details?: unknown, headers: Record<string, string> = {}): HttpResult {
  return json(ERROR_STATUS[code], { error: { code, message, ...(details === undefined ? {} : { details }) } }, headers);
}

// ---- error classification

/** Error names the AWS SDK uses for throttling and server-side or transport trouble: the client may retry. */
const UNAVAILABLE_NAMES = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'InternalServerError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'TransactionInProgressException',
]);

/** Node network error codes (connection refused/reset, DNS, timeouts). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

const RETRYABLE_CANCELLATIONS = new Set(['ThrottlingError', 'ProvisionedThroughputExceeded', 'TransactionConflict']);

const NETWORK_CODE_IN_MESSAGE = new RegExp(`\\b(${[...NETWORK_CODES].join('|')})\\b`);

/** True when the error means the store is temporarily unavailable (→ 503), not that the request is wrong. */
export function isUnavailableError(err: unknown, depth = 0): boolean {
  if (!err || typeof err !== 'object' || depth > 4) return false;
  const e = err as { name?: string; code?: string; errors?: unknown[]; cause?: unknown; $metadata?: { httpStatusCode?: number } };
  if (e.name && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) return true;
  if ((e.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  // A transaction cancelled only because of throttling or a concurrent transaction on the same items: retry later.
  // (A ConditionalCheckFailed reason is a business outcome that the store turns into a DomainError instead.)
  if (e.name === 'TransactionCanceledException') {
    const codes = ((err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code ?? 'None').filter((c) => c !== 'None');
    if (codes.length && codes.every((c) => RETRYABLE_CANCELLATIONS.has(c))) return true;
  }
  // The SDK wraps values that are not `instanceof Error` (e.g. a Node error from another realm, as under jest) into
  // "AWS SDK error wrapper for Error: connect ECONNREFUSED ...", keeping only the message.
  if (err instanceof Error && err.message.startsWith('AWS SDK error wrapper for') && NETWORK_CODE_IN_MESSAGE.test(err.message)) return true;
  // Node reports a failed connection to a dual-stack host as an AggregateError of per-address errors.
  if (Array.isArray(e.errors) && e.errors.some((x) => isUnavailableError(x, depth + 1))) return true;
  return isUnavailableError(e.cause, depth + 1);
}

const GENERIC_INTERNAL = '服务器内部错误，请稍后再试';
const GENERIC_UNAVAILABLE = '服务暂时繁忙，请稍后再试';

function retryAfterOf(err: DomainError): string | undefined {
  const d = err.details as { retryAfter?: unknown } | undefined;
  if (d && !Array.isArray(d) && typeof d.retryAfter === 'number' && d.retryAfter > 0) return String(Math.ceil(d.retryAfter));
  if (err.code === 'UNAVAILABLE') return String(UNAVAILABLE_RETRY_AFTER_S);
  if (err.code === 'RATE_LIMITED') return '60';
  return undefined;
}

/** Map any thrown value to the response the client sees, logging what the client does not see. */
export function mapError(err: unknown, log: Logger): HttpResult {
  if (err instanceof DomainError) {
    const retryAfter = retryAfterOf(err);
    // 4xx are normal outcomes: code only, no message (messages can quote user input).
    if (ERROR_STATUS[err.code] >= 500) log.warn({ code: err.code }, 'domain error');
    else log.info({ code: err.code, status: ERROR_STATUS[err.code] }, 'request rejected');
    return errorResponse(err.code, err.message, err.details, retryAfter ? { 'retry-after': retryAfter } : {});
  }
  if (isUnavailableError(err)) {
    const e = err as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
    log.warn({ errName: e.name, errCode: e.code, awsStatus: e.$metadata?.httpStatusCode }, 'store unavailable');
    return errorResponse('UNAVAILABLE', GENERIC_UNAVAILABLE, undefined, { 'retry-after': String(UNAVAILABLE_RETRY_AFTER_S) });
  }
  // The stack goes to the log with the request id; the client gets a generic message.
  log.error({ err }, 'unhandled error');
  return errorResponse('INTERNAL', GENERIC_INTERNAL);
}

// ---- body handling

function bodyBytes(event: APIGatewayProxyEventV2): number {
  const raw = event.body ?? '';
  if (!event.isBase64Encoded) return Buffer.byteLength(raw, 'utf8');
  // Decoded size without decoding: 3 bytes per 4 characters, minus padding.
  const padding = raw.endsWith('==') ? 2 : raw.endsWith('=') ? 1 : 0;
  return Math.floor((raw.length * 3) / 4) - padding;
}

function parseBody(event: APIGatewayProxyEventV2): unknown {
  if (event.body === undefined || event.body === null || event.body === '') return undefined;
  const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('VALIDATION_FAILED', '请求内容不是有效的 JSON，请检查后重试', [{ field: 'body', message: '无效的 JSON' }]);
  }
}

// ---- the wrapper

interface RequestState {
  body: unknown;
  log: Logger;
  requestId: string;
}

type Req = middy.Request<APIGatewayProxyEventV2, HttpResult, Error, Context>;

export function httpHandler(fn: HttpFunction, opts: HttpHandlerOptions = {}): middy.MiddyfiedHandler<APIGatewayProxyEventV2, HttpResult, Error, Context> {
  const maxBodyBytes = opts.maxBodyBytes ?? MAX_BODY_BYTES;
  const baseLog = opts.logger ?? rootLogger;
  // Per-invocation state, keyed by the event object middy hands to both the middleware and the handler.
  const states = new WeakMap<APIGatewayProxyEventV2, RequestState>();

  const requestMiddleware: middy.MiddlewareObj<APIGatewayProxyEventV2, HttpResult, Error, Context> = {
    before: async (request: Req) => {
      const { event, context } = request;
      const requestId = event.requestContext?.requestId || context?.awsRequestId || 'unknown';
      const state: RequestState = { body: undefined, requestId, log: baseLog.child({ requestId, route: event.routeKey }) };
      states.set(event, state);
      // Size first, so an oversized body is never decoded or parsed.
      if (bodyBytes(event) > maxBodyBytes) {
        throw new DomainError('PAYLOAD_TOO_LARGE', `请求内容过大（不能超过 ${Math.floor(maxBodyBytes / 1024)} KB），请精简后重试`);
      }
      state.body = parseBody(event);
    },
    onError: async (request: Req) => {
      const log = states.get(request.event)?.log ?? baseLog;
      request.response = mapError(request.error, log);
    },
  };

  return middy<APIGatewayProxyEventV2, HttpResult, Error, Context>()
    .use(requestMiddleware)
    .handler(async (event: APIGatewayProxyEventV2, lambdaContext: Context) => {
      const state = states.get(event)!;
      const epoch = event.requestContext?.timeEpoch;
      if (typeof epoch !== 'number' || !Number.isFinite(epoch)) {
        // API Gateway and serverless-offline always set it; without it there is no trustworthy request time.
        throw new Error('requestContext.timeEpoch missing from the HTTP API event');
      }
      return fn({ now: epoch, event, body: state.body, requestId: state.requestId, log: state.log, lambdaContext });
    });
}
