/**
 * Structured JSON logs (pino) to stdout, which Lambda ships to CloudWatch.
 *
 * RULE: never log request or response bodies, and never log a whole matter or account object. Log ids, codes,
 * statuses and counts. docs/rules.md §7: logs never contain personal data. The redact list below is a safety net for
 * mistakes, not a licence to log objects that carry personal data.
 */
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** Keys whose values are personal data or secrets, wherever they appear (up to three levels deep). */
export const REDACTED_KEYS = [
  'contactPhone',
  'contactName',
  'callerPhone',
  'callerName',
  'phone',
  'name',
  'contact',
  'pii',
  'idNumber',
  'password',
  'passwordHash',
  'token',
  'authorization',
  'Authorization',
  'cookie',
  'secret',
  'authSecret',
  'piiKey',
] as const;

export const REDACT_PATHS: string[] = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export interface LoggerOptions {
  level?: string;
  /** Tests: capture output instead of writing to stdout. */
  destination?: DestinationStream;
}

export function createLogger(o: LoggerOptions = {}): Logger {
  const level = o.level ?? process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info');
  const options = {
    level,
    base: { service: 'hotline-12345', stage: process.env.STAGE ?? 'local' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // Numbers for levels are hard to filter on in CloudWatch Logs Insights; names are not.
    formatters: { level: (label: string) => ({ level: label }) },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return o.destination ? pino(options, o.destination) : pino(options);
}

export const logger: Logger = createLogger();
