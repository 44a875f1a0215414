/**
 * Structured JSON logs to stdout, one line per entry, which Lambda ships to CloudWatch:
 * `{"level":"info","time":"<ISO>","service":…,"stage":…,<child bindings>,<fields>,"msg":…}` — pino's line format
 * (level names, ISO time), written by ~60 lines here instead of pino itself: pino's worker-thread transports,
 * sonic-boom and its redaction compiler were ~63 KiB of every function bundle and ~10 % of its module load
 * (issue 17), and a Lambda needs none of them.
 *
 * RULE: never log request or response bodies, and never log a whole matter or account object. Log ids, codes,
 * statuses and counts. docs/rules.md §7: logs never contain personal data. The redact list below is a safety net for
 * mistakes, not a licence to log objects that carry personal data.
 */

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

/** Keys whose values are redacted wherever they appear in a log entry, at any depth. */
const REDACTED = new Set<string>(REDACTED_KEYS);

const LEVELS = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity } as const;
type Level = Exclude<keyof typeof LEVELS, 'silent'>;
type Fields = Record<string, unknown>;
type LogFn = (fieldsOrMsg?: object | string, msg?: string) => void;

export interface Logger extends Record<Level, LogFn> {
  /** A logger that adds `bindings` to every entry (e.g. the request id). */
  child(bindings: Fields): Logger;
}

/** Where lines go: stdout, or a test's sink. */
export interface DestinationStream {
  write(line: string): unknown;
}

export interface LoggerOptions {
  level?: string;
  /** Tests: capture output instead of writing to stdout. */
  destination?: DestinationStream;
}

/** pino's `err` shape: type, message, stack and the error's own codes. */
function serializeError(e: Error): Fields {
  const { code, $metadata } = e as Error & { code?: unknown; $metadata?: unknown };
  return { type: e.constructor?.name ?? e.name, message: e.message, stack: e.stack, ...(code === undefined ? {} : { code }), ...($metadata === undefined ? {} : { $metadata }) };
}

function line(entry: Fields): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(entry, (key, value: unknown) => {
    if (REDACTED.has(key)) return '[redacted]';
    if (typeof value === 'bigint') return value.toString();
    if (value instanceof Error) return serializeError(value);
    if (value && typeof value === 'object') {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  });
}

export function createLogger(o: LoggerOptions = {}): Logger {
  const name = (o.level ?? process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info')) as keyof typeof LEVELS;
  const threshold = LEVELS[name] ?? LEVELS.info;
  const out = o.destination ?? process.stdout;
  const make = (bindings: Fields): Logger => {
    const log =
      (level: Level): LogFn =>
      (fieldsOrMsg, msg) => {
        if (LEVELS[level] < threshold) return;
        const fields = typeof fieldsOrMsg === 'string' ? {} : (fieldsOrMsg ?? {});
        const text = typeof fieldsOrMsg === 'string' ? fieldsOrMsg : msg;
        // Numbers for levels are hard to filter on in CloudWatch Logs Insights; names are not.
        out.write(`${line({ level, time: new Date().toISOString(), ...bindings, ...fields, ...(text === undefined ? {} : { msg: text }) })}\n`);
      };
    return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error'), child: (more) => make({ ...bindings, ...more }) };
  };
  return make({ service: 'hotline-12345', stage: process.env.STAGE ?? 'local' });
}

export const logger: Logger = createLogger();
