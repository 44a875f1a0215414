/**
 * Typed domain errors. Each carries the stable error code of SPEC §5; functions/lib/http maps them to HTTP once.
 * Nothing else may reach the client: unknown errors become 500 INTERNAL (logged, never with a stack in the body),
 * store unavailability becomes 503 UNAVAILABLE with Retry-After.
 */
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
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorDetail {
  field?: string;
  message: string;
  [k: string]: unknown;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetail[] | Record<string, unknown>;
  constructor(code: ErrorCode, message: string, details?: ErrorDetail[] | Record<string, unknown>) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export const invalidTransition = (message: string, details?: Record<string, unknown>) =>
  new DomainError('INVALID_TRANSITION', message, details);
export const notFound = (message = '未找到该诉求或资源') => new DomainError('NOT_FOUND', message);
export const forbidden = (message = '您没有权限执行此操作') => new DomainError('FORBIDDEN', message);
export const validationFailed = (message: string, details?: ErrorDetail[]) =>
  new DomainError('VALIDATION_FAILED', message, details);
