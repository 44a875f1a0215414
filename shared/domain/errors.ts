/**
 * Typed domain errors. Each carries the stable error code of docs/rules.md §5; functions/lib/http.ts maps them to
 * HTTP once (ERROR_STATUS). Nothing else may reach the client: unknown errors become INTERNAL (logged, never with a
 * stack in the body), store unavailability becomes UNAVAILABLE with Retry-After.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'VERSION_CONFLICT',
  'DEADLINE_PASSED',
  'LIMIT_REACHED',
  'ALREADY_CLAIMED',
  'PAYLOAD_TOO_LARGE',
  'IDEMPOTENCY_KEY_REUSED',
  'RATE_LIMITED',
  'INTERNAL',
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

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
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export const invalidTransition = (message: string, details?: Record<string, unknown>) =>
  new DomainError('INVALID_TRANSITION', message, details);
export const notFound = (message = '未找到该诉求或资源') => new DomainError('NOT_FOUND', message);
export const forbidden = (message = '您没有权限执行此操作') => new DomainError('FORBIDDEN', message);
export const validationFailed = (message: string, details?: ErrorDetail[]) =>
  new DomainError('VALIDATION_FAILED', message, details);
