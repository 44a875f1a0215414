/**
 * Event and context builders (STYLE 9): HTTP API v2 (payload 2.0) and EventBridge schedule events, and a fake Lambda
 * Context. Build events here, not by hand in each test.
 */
import { randomUUID } from 'node:crypto';
import type { APIGatewayProxyEventV2, Context, ScheduledEvent } from 'aws-lambda';

/** A fixed default request time: Monday 2026-11-02 10:00 in Shanghai. */
export const DEFAULT_NOW = Date.parse('2026-11-02T10:00:00+08:00');

export interface HttpEventInput {
  method?: string;
  /** Concrete path, optionally with a query string ("/v1/matters?cursor=x"). */
  path?: string;
  /** Route key as declared in serverless.yml, e.g. "GET /v1/matters/{id}"; default `${method} ${path}`. */
  routeKey?: string;
  /** An object is sent as JSON; a string is sent as is (e.g. malformed JSON). */
  body?: unknown;
  isBase64Encoded?: boolean;
  headers?: Record<string, string>;
  pathParameters?: Record<string, string>;
  query?: Record<string, string>;
  /** Epoch ms or ISO string: becomes requestContext.timeEpoch. */
  now?: number | string;
  sourceIp?: string;
  requestId?: string;
}

const toEpoch = (now: number | string | undefined): number =>
  now === undefined ? DEFAULT_NOW : typeof now === 'number' ? now : Date.parse(now);

/** CLF-style time API Gateway puts in requestContext.time, e.g. "02/Nov/2026:02:00:00 +0000". */
function clfTime(ms: number): string {
  const d = new Date(ms);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function httpEvent(i: HttpEventInput = {}): APIGatewayProxyEventV2 {
  const method = (i.method ?? 'GET').toUpperCase();
  const [rawPath, qs = ''] = (i.path ?? '/').split('?');
  const query = i.query ?? (qs ? Object.fromEntries(new URLSearchParams(qs)) : undefined);
  const rawQueryString = i.query ? new URLSearchParams(i.query).toString() : qs;
  const timeEpoch = toEpoch(i.now);
  const routeKey = i.routeKey ?? `${method} ${rawPath}`;
  const headers: Record<string, string> = {};
  // API Gateway lower-cases header names in payload 2.0.
  for (const [k, v] of Object.entries({ 'content-type': 'application/json', ...(i.headers ?? {}) })) headers[k.toLowerCase()] = v;
  const body = i.body === undefined ? undefined : typeof i.body === 'string' ? i.body : JSON.stringify(i.body);
  const requestId = i.requestId ?? randomUUID();
  return {
    version: '2.0',
    routeKey,
    rawPath,
    rawQueryString,
    headers,
    queryStringParameters: query,
    pathParameters: i.pathParameters,
    body,
    isBase64Encoded: i.isBase64Encoded ?? false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'local',
      domainName: 'localhost',
      domainPrefix: 'localhost',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: i.sourceIp ?? '127.0.0.1', userAgent: 'jest' },
      requestId,
      routeKey,
      stage: '$default',
      time: clfTime(timeEpoch),
      timeEpoch,
    },
  };
}

/** An EventBridge "Scheduled Event" as Lambda receives it from `schedule: rate(...)`. */
export function scheduleEvent(nowIso: string, ruleName = 'hotline-12345-test-sweep'): ScheduledEvent {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: nowIso,
    region: 'ap-east-1',
    resources: [`arn:aws:events:ap-east-1:123456789012:rule/${ruleName}`],
    detail: {},
  };
}

/** A fake Lambda Context; `remainingMs` is what getRemainingTimeInMillis() returns. */
export function lambdaContext(o: { functionName?: string; remainingMs?: number; requestId?: string } = {}): Context {
  const functionName = o.functionName ?? 'hotline-12345-test-fn';
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:ap-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: o.requestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/11/02/[$LATEST]test',
    getRemainingTimeInMillis: () => o.remainingMs ?? 30_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
